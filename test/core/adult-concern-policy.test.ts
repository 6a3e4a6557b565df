import { describe, expect, it } from 'vitest';
import type { AdultConcern } from '../../src/core/adults/adult-concern.js';
import type { Actor } from '../../src/core/model/actor.js';
import { allowAdultConcern, allowAdultConcerns } from '../../src/core/policy/index.js';

const actor = (oid: string, over: Partial<Actor> = {}): Actor => ({ tenantId: 't', oid, name: oid, schoolId: 's1', roles: ['staff'], readableCategories: [], ...over });
const HEAD = actor('head', { caseManager: { head: true, chair: false } });
const DEPUTY_HEAD = actor('deputy-head', { caseManager: { head: true, chair: false } });
const CHAIR = actor('chair', { roles: [], caseManager: { head: false, chair: true } });
const DSL = actor('dsl', { roles: ['staff', 'dsl'] });
const ADMIN = actor('admin', { roles: ['admin'] });
const TEACHER = actor('teacher');

const record = (over: Partial<AdultConcern> = {}): AdultConcern => ({
  id: 'ac-1', type: 'adultConcern', schoolId: 's1', ref: 'A-1', kind: 'low-level', subject: { kind: 'staff', oid: 'teacher', name: 'T' },
  route: 'headteacher', selfReport: false, account: 'x', occurredAt: '', childIds: [], status: 'open',
  createdBy: { oid: 'other', name: 'O' }, recordedAt: '', version: 1, updatedAt: '', updatedBy: { oid: 'other', name: 'O' }, auditHead: '', ...over,
});
const closed = { caseManagerGroups: ['g'], chairGroups: ['c'], dslsRead: false };
const open = { ...closed, dslsRead: true };

describe('concerns about adults: policy table', () => {
  it.each([
    ['headteacher reads a record routed to them', HEAD, record(), closed, true],
    ['chair does not read one routed to the head', CHAIR, record(), closed, false],
    ['chair reads one about the headteacher', CHAIR, record({ route: 'chair' }), closed, true],
    ['the head does not read one about the headteacher', HEAD, record({ route: 'chair' }), closed, false],
    ['a case manager never reads one about themselves', DEPUTY_HEAD, record({ subject: { kind: 'staff', oid: 'deputy-head', name: 'D' } }), closed, false],
    ['a DSL reads nothing unless the school says so', DSL, record(), closed, false],
    ['a DSL reads when the school says so', DSL, record(), open, true],
    ['a DSL never reads one about themselves, even then', DSL, record({ subject: { kind: 'staff', oid: 'dsl', name: 'D' } }), open, false],
    ['the admin reads nothing', ADMIN, record(), open, false],
    ['the adult concerned reads nothing', TEACHER, record(), open, false],
    ['the person who logged it reads nothing', actor('other'), record(), open, false],
    ['another school reads nothing', { ...HEAD, schoolId: 's2' }, record(), closed, false],
  ] as const)('%s', (_name, who, r, settings, expected) => {
    expect(allowAdultConcern(who, 'read', r, settings)).toBe(expected);
    expect(allowAdultConcern(who, 'work', r, settings)).toBe(expected);
  });

  it('any member of staff logs one; only case managers (and DSLs where allowed) list them; only admins configure', () => {
    for (const a of [TEACHER, DSL, HEAD]) expect(allowAdultConcerns(a, 'create', closed)).toBe(true);
    expect(allowAdultConcerns(ADMIN, 'create', closed)).toBe(false);
    expect(allowAdultConcerns(HEAD, 'list', closed)).toBe(true);
    expect(allowAdultConcerns(DSL, 'list', closed)).toBe(false);
    expect(allowAdultConcerns(DSL, 'list', open)).toBe(true);
    expect(allowAdultConcerns(TEACHER, 'list', open)).toBe(false);
    expect(allowAdultConcerns(ADMIN, 'configure', closed)).toBe(true);
    expect(allowAdultConcerns(DSL, 'configure', closed)).toBe(false);
  });
});
