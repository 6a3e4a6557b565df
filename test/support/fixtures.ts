import { randomUUID } from 'node:crypto';
import { sealAuditEvent } from '../../src/core/audit/hash.js';
import type { AuditEvent } from '../../src/core/model/audit-event.js';
import type { Child } from '../../src/core/model/child.js';
import type { Concern, ConcernVersion } from '../../src/core/model/concern.js';
import type { PersonRef } from '../../src/core/model/ids.js';
import type { School } from '../../src/core/model/school.js';
import { defaultCategories } from '../../src/core/model/category.js';

export const TEST_TENANT_ID = '00000000-0000-4000-8000-0000000000aa';
export const TEST_SCHOOL_ID = 'test-school';
export const TEST_PERSON: PersonRef = { oid: '00000000-0000-4000-8000-000000000001', name: 'Test Teacher' };

const AT = '2024-03-04T09:30:00.000Z';

export function makeSchool(overrides: Partial<School> = {}): School {
  const schoolId = overrides.schoolId ?? TEST_SCHOOL_ID;
  return {
    id: schoolId,
    type: 'school',
    schoolId,
    tenantId: TEST_TENANT_ID,
    name: 'Test Primary School',
    categories: defaultCategories(),
    access: { staffGroups: ['staff-group'], dslGroups: ['dsl-group'], adminGroups: ['admin-group'], categoryReaders: [] },
    timeZone: 'Europe/London',
    ...overrides,
  };
}

export function makeChild(overrides: Partial<Child> = {}): Child {
  return {
    id: randomUUID(),
    type: 'child',
    schoolId: TEST_SCHOOL_ID,
    upn: 'A123456789012',
    givenName: 'Sam',
    familyName: 'Taylor',
    dateOfBirth: '2016-05-01',
    yearGroup: '3',
    ...overrides,
  };
}

/** A valid concern; `childIds` and `alertedOids` are derived from `children` / `alertedStaff` unless given. */
export function makeConcern(overrides: Partial<Concern> = {}): Concern {
  const children = overrides.children ?? [{ childId: randomUUID(), role: 'subject' as const }];
  const alertedStaff = overrides.alertedStaff ?? [];
  const createdBy = overrides.createdBy ?? TEST_PERSON;
  const recordedAt = overrides.recordedAt ?? AT;
  return {
    id: randomUUID(),
    type: 'concern',
    schoolId: TEST_SCHOOL_ID,
    ref: `C-${randomUUID().slice(0, 6).toUpperCase()}`,
    children,
    otherPeople: [],
    categories: ['welfare'],
    account: 'Arrived without a coat and said they were hungry.',
    occurredAt: recordedAt,
    location: 'Playground',
    actionTaken: 'Gave breakfast club place.',
    parentsInformed: { informed: true },
    alertedStaff,
    childIds: children.map((c) => c.childId),
    alertedOids: alertedStaff.map((p) => p.oid),
    createdBy,
    recordedAt,
    status: 'new',
    actions: [],
    version: 1,
    updatedAt: recordedAt,
    updatedBy: createdBy,
    auditHead: 'genesis',
    ...overrides,
  };
}

type AuditFields = Omit<AuditEvent, 'hash' | 'type'>;

/** A sealed (hashed) audit event; by default a successful create of a concern. */
export function makeAuditEvent(overrides: Partial<AuditFields> = {}): AuditEvent {
  return sealAuditEvent({
    id: randomUUID(),
    schoolId: TEST_SCHOOL_ID,
    tid: TEST_TENANT_ID,
    oid: TEST_PERSON.oid,
    action: 'concern.create',
    recordType: 'concern',
    recordId: randomUUID(),
    outcome: 'success',
    at: AT,
    correlationId: randomUUID(),
    ...overrides,
  });
}

/** The audit event that goes with writing `concern`. */
export const auditFor = (concern: Concern, overrides: Partial<AuditFields> = {}) =>
  makeAuditEvent({ schoolId: concern.schoolId, recordId: concern.id, at: concern.updatedAt, ...overrides });

export function makeConcernVersion(concern: Concern, overrides: Partial<ConcernVersion> = {}): ConcernVersion {
  return {
    id: `${concern.id}:v${concern.version}`,
    type: 'concernVersion',
    schoolId: concern.schoolId,
    concernId: concern.id,
    version: concern.version,
    changedBy: concern.updatedBy,
    changedAt: concern.updatedAt,
    changes: [],
    ...overrides,
  };
}
