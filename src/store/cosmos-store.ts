import type { Container, Database } from '@azure/cosmos';
import { invalid } from '../core/errors.js';
import type { Child } from '../core/model/child.js';
import type { School } from '../core/model/school.js';
import type { Store } from '../core/ports/store.js';
import { createConcernStore } from './concern-store.js';
import { createDashboardStore } from './dashboard-store.js';
import { createConversationStore } from './conversation-store.js';
import { createReferralStore } from './referral-store.js';
import { createSubjectAccessStore } from './subject-access-store.js';
import { createAlertStore } from './alert-store.js';
import { createLeaseStore } from './lease-store.js';
import { createAccessStore } from './access-store.js';
import { createRosterStore } from './roster-store.js';
import { createRetentionStore } from './retention-store.js';
import { createTransferStore } from './transfer-store.js';
import { createCaseNoteStore } from './case-note-store.js';
import { createAdultConcernStore } from './adult-concern-store.js';
import { createStatusFlagStore } from './status-flag-store.js';
import { createFamilyStore } from './family-store.js';
import { createExportJobStore } from './export-job-store.js';
import { AUDIT_ANCHORS_CONTAINER, LEASES_CONTAINER, RECORDS_CONTAINER } from './containers.js';
import { guard } from './cosmos-errors.js';
import { ofType, stripSystemFields } from './documents.js';
import { queryAll } from './paging.js';
import { allSchoolsSql, childrenSql, schoolsForTenantSql } from './sql.js';
import { createAuditAnchorStore, createAuditStore } from './audit-store.js';

/** The Store port on Cosmos DB NoSQL: every school's documents live in one logical partition of `records`. */
export function createCosmosStore(database: Database): Store {
  const records = database.container(RECORDS_CONTAINER);
  return {
    schools: createSchoolStore(records),
    children: createChildStore(records),
    concerns: createConcernStore(records),
    referrals: createReferralStore(records),
    subjectAccess: createSubjectAccessStore(records),
    alerts: createAlertStore(records),
    leases: createLeaseStore(database.container(LEASES_CONTAINER)),
    dashboard: createDashboardStore(records),
    conversations: createConversationStore(records),
    access: createAccessStore(records),
    roster: createRosterStore(records),
    retention: createRetentionStore(records),
    transfers: createTransferStore(records),
    caseNotes: createCaseNoteStore(records),
    adultConcerns: createAdultConcernStore(records),
    statusFlags: createStatusFlagStore(records),
    family: createFamilyStore(records),
    audit: createAuditStore(records),
    auditAnchors: createAuditAnchorStore(database.container(AUDIT_ANCHORS_CONTAINER)),
    exportJobs: createExportJobStore(records),
    async ping() {
      await guard(() => database.read());
    },
  };
}

async function readOne<T>(records: Container, schoolId: string, id: string, type: string): Promise<T | undefined> {
  const { resource } = await guard(() => records.item(id, schoolId).read());
  const doc = ofType<T>(resource, type);
  return doc && stripSystemFields<T>(doc);
}

/** Create, never upsert: an existing id is `already_exists`. */
async function createDoc(records: Container, doc: { id: string }, what: string): Promise<void> {
  await guard(() => records.items.create(doc), what);
}

function createSchoolStore(records: Container): Store['schools'] {
  return {
    // The school document is its partition's root, so its id is the schoolId: one point read.
    get: (schoolId) => readOne<School>(records, schoolId, schoolId, 'school'),
    listForTenant: (tenantId) =>
      guard(async () => {
        const { resources } = await records.items.query(schoolsForTenantSql(tenantId)).fetchAll();
        return resources.map((doc) => stripSystemFields<School>(doc));
      }),
    all: () =>
      guard(async () => {
        const { resources } = await records.items.query(allSchoolsSql()).fetchAll();
        return resources.map((doc) => stripSystemFields<School>(doc));
      }),
    async create(school) {
      if (school.id !== school.schoolId) throw invalid('A school document must have id equal to its schoolId.');
      await createDoc(records, school, 'This school');
    },
  };
}

function createChildStore(records: Container): Store['children'] {
  return {
    async getMany(schoolId, ids) {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      if (unique.length === 1) {
        const child = await readOne<Child>(records, schoolId, unique[0]!, 'child');
        return child ? [child] : [];
      }
      const found = await queryAll<Child>(records, schoolId, childrenSql(schoolId, unique));
      const byId = new Map(found.map((c) => [c.id, c]));
      return unique.flatMap((id) => byId.get(id) ?? []);
    },
    list: (schoolId) => queryAll<Child>(records, schoolId, childrenSql(schoolId)),
    create: (child) => createDoc(records, child, 'This child'),
  };
}

