import type { Container } from '@azure/cosmos';
import type { AuditEvent } from '../core/model/audit-event.js';
import type { Referral, ReferralVersion } from '../core/model/referral.js';
import type { ReferralStore } from '../core/ports/referral-store.js';
import type { Versioned } from '../core/ports/store.js';
import { createOp, replaceOp, runBatch } from './batch.js';
import { guard } from './cosmos-errors.js';
import { ofType, stripSystemFields, toVersioned } from './documents.js';
import { queryAll, queryPage } from './paging.js';
import { referralQuerySql, referralVersionsSql } from './referral-sql.js';

const WHAT = 'This referral';

/** Referrals in the school's partition; writes are one batch with their audit event, record first. */
export function createReferralStore(records: Container): ReferralStore {
  return {
    async create(referral: Referral, audit: AuditEvent) {
      const [created] = await runBatch(records, referral.schoolId, [createOp(referral), createOp(audit)], WHAT);
      return fromBatch(created, referral);
    },
    async get(schoolId, id) {
      const { resource } = await guard(() => records.item(id, schoolId).read());
      const doc = ofType<Referral>(resource, 'referral');
      return doc && toVersioned<Referral>(doc);
    },
    async replace(next: Referral, etag: string, version: ReferralVersion, audit: AuditEvent) {
      const ops = [replaceOp(next, etag), createOp(version), createOp(audit)];
      const [replaced] = await runBatch(records, next.schoolId, ops, WHAT);
      return fromBatch(replaced, next);
    },
    query: (schoolId, query, page) => queryPage<Referral>(records, schoolId, referralQuerySql(schoolId, query), page),
    versions: (schoolId, referralId) => queryAll<ReferralVersion>(records, schoolId, referralVersionsSql(schoolId, referralId)),
  };
}

function fromBatch(result: { eTag?: string; resourceBody?: object } | undefined, written: Referral): Versioned<Referral> {
  if (!result?.eTag) throw new Error('Cosmos did not return an etag for the written referral.');
  return { value: result.resourceBody ? stripSystemFields<Referral>(result.resourceBody) : written, etag: result.eTag };
}
