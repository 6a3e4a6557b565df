import type { Container } from '@azure/cosmos';
import { LanternError } from '../core/errors.js';
import type { AuditAnchor } from '../core/model/audit-anchor.js';
import type { AuditEvent } from '../core/model/audit-event.js';
import type { AuditAnchorStore, AuditStore } from '../core/ports/audit-store.js';
import { allAuditSql, anchorsSql, auditBetweenSql, auditQuerySql } from './audit-sql.js';
import { guard } from './cosmos-errors.js';
import { ofType, stripSystemFields } from './documents.js';
import { queryAll, queryPage } from './paging.js';

/** Audit events live in the school's partition of `records`; they are only ever created. */
export function createAuditStore(records: Container): AuditStore {
  return {
    append: async (event) => {
      await guard(() => records.items.create(event), 'This audit event');
    },
    query: (schoolId, query, page) => queryPage<AuditEvent>(records, schoolId, auditQuerySql(schoolId, query), page),
    all: (schoolId) => queryAll<AuditEvent>(records, schoolId, allAuditSql(schoolId)),
    between: (schoolId, from, to) => queryAll<AuditEvent>(records, schoolId, auditBetweenSql(schoolId, from, to)),
  };
}

/** Anchors in the create-only `audit-anchors` container (partitioned by /schoolId): create and read, never replace or delete. */
export function createAuditAnchorStore(anchors: Container): AuditAnchorStore {
  return {
    async create(anchor) {
      try {
        await guard(() => anchors.items.create(anchor), 'This audit anchor');
        return true;
      } catch (e) {
        if (e instanceof LanternError && e.code === 'already_exists') return false;
        throw e;
      }
    },
    async get(schoolId, id) {
      const { resource } = await guard(() => anchors.item(id, schoolId).read());
      const doc = ofType<AuditAnchor>(resource, 'auditAnchor');
      return doc && doc.schoolId === schoolId ? stripSystemFields<AuditAnchor>(doc) : undefined;
    },
    list: (schoolId) => queryAll<AuditAnchor>(anchors, schoolId, anchorsSql(schoolId)),
  };
}
