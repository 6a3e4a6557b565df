import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/core/model/actor.js';
import type { Concern } from '../../src/core/model/concern.js';
import { allow, authorize, concernScope, serializeAbilities, type ConcernAbility, type SchoolAbility } from '../../src/core/policy/index.js';
import { makeConcern } from '../support/fixtures.js';

const A = 'school-a';
const B = 'school-b';
const ME = '00000000-0000-4000-8000-0000000000e1';
const SOMEONE = '00000000-0000-4000-8000-0000000000e2';

const actor = (roles: Role[], readableCategories: string[] = [], schoolId = A): Actor => ({
  tenantId: 't', oid: ME, name: 'Me', schoolId, roles, readableCategories,
});

const ACTORS = {
  staff: actor(['staff']),
  dsl: actor(['staff', 'dsl']),
  sendReader: actor(['staff'], ['send']),
  readerOnly: actor([], ['send']),
  admin: actor(['admin']),
  adminAndDsl: actor(['admin', 'dsl']),
  outsider: actor([]),
  dslOfB: actor(['staff', 'dsl'], [], B),
  staffOfB: actor(['staff'], [], B),
};
type ActorKey = keyof typeof ACTORS;

const concern = (rel: 'mine' | 'alerted' | 'send' | 'welfare', status: Concern['status'] = 'new', schoolId = A) =>
  makeConcern({
    schoolId,
    status,
    createdBy: { oid: rel === 'mine' ? ME : SOMEONE, name: 'x' },
    alertedStaff: rel === 'alerted' ? [{ oid: ME, name: 'Me' }] : [],
    alertedOids: rel === 'alerted' ? [ME] : [],
    categories: rel === 'send' ? ['send', 'welfare'] : ['welfare'],
  });

const RELATIONS = ['mine', 'alerted', 'send', 'welfare'] as const;

// Expected `read` for every actor × relationship to a concern in school A.
const READ: Record<ActorKey, Record<(typeof RELATIONS)[number], boolean>> = {
  staff: { mine: true, alerted: true, send: false, welfare: false },
  dsl: { mine: true, alerted: true, send: true, welfare: true },
  sendReader: { mine: true, alerted: true, send: true, welfare: false },
  readerOnly: { mine: false, alerted: false, send: true, welfare: false },
  admin: { mine: false, alerted: false, send: false, welfare: false },
  adminAndDsl: { mine: true, alerted: true, send: true, welfare: true },
  outsider: { mine: false, alerted: false, send: false, welfare: false },
  dslOfB: { mine: false, alerted: false, send: false, welfare: false },
  staffOfB: { mine: false, alerted: false, send: false, welfare: false },
};

// Expected edit/triage/close/manageActions on a NEW concern in school A, by relationship.
const MANAGE: Record<ActorKey, { editMine: boolean; editOthers: boolean; dslOnly: boolean }> = {
  staff: { editMine: true, editOthers: false, dslOnly: false },
  dsl: { editMine: true, editOthers: true, dslOnly: true },
  sendReader: { editMine: true, editOthers: false, dslOnly: false },
  readerOnly: { editMine: false, editOthers: false, dslOnly: false },
  admin: { editMine: false, editOthers: false, dslOnly: false },
  adminAndDsl: { editMine: true, editOthers: true, dslOnly: true },
  outsider: { editMine: false, editOthers: false, dslOnly: false },
  dslOfB: { editMine: false, editOthers: false, dslOnly: false },
  staffOfB: { editMine: false, editOthers: false, dslOnly: false },
};

const SCHOOL: Record<ActorKey, Record<SchoolAbility, boolean>> = {
  staff: { createConcern: true, listChildren: true, seeChildDetails: false, readChronology: false, listAuditEvents: false, manageAccess: false, manageReferrals: false, listAlerts: false, manageRoster: false, readAccessReport: false },
  dsl: { createConcern: true, listChildren: true, seeChildDetails: true, readChronology: true, listAuditEvents: true, manageAccess: false, manageReferrals: true, listAlerts: true, manageRoster: false, readAccessReport: true },
  sendReader: { createConcern: true, listChildren: true, seeChildDetails: false, readChronology: true, listAuditEvents: false, manageAccess: false, manageReferrals: false, listAlerts: false, manageRoster: false, readAccessReport: false },
  readerOnly: { createConcern: false, listChildren: true, seeChildDetails: false, readChronology: true, listAuditEvents: false, manageAccess: false, manageReferrals: false, listAlerts: false, manageRoster: false, readAccessReport: false },
  admin: { createConcern: false, listChildren: true, seeChildDetails: true, readChronology: false, listAuditEvents: true, manageAccess: true, manageReferrals: false, listAlerts: false, manageRoster: true, readAccessReport: true },
  adminAndDsl: { createConcern: true, listChildren: true, seeChildDetails: true, readChronology: true, listAuditEvents: true, manageAccess: true, manageReferrals: true, listAlerts: true, manageRoster: true, readAccessReport: true },
  outsider: { createConcern: false, listChildren: false, seeChildDetails: false, readChronology: false, listAuditEvents: false, manageAccess: false, manageReferrals: false, listAlerts: false, manageRoster: false, readAccessReport: false },
  dslOfB: { createConcern: true, listChildren: true, seeChildDetails: true, readChronology: true, listAuditEvents: true, manageAccess: false, manageReferrals: true, listAlerts: true, manageRoster: false, readAccessReport: true },
  staffOfB: { createConcern: true, listChildren: true, seeChildDetails: false, readChronology: false, listAuditEvents: false, manageAccess: false, manageReferrals: false, listAlerts: false, manageRoster: false, readAccessReport: false },
};

describe('concern policy: read, by role × relationship × school', () => {
  for (const [who, row] of Object.entries(READ) as [ActorKey, (typeof READ)[ActorKey]][]) {
    for (const rel of RELATIONS) {
      it(`${who} ${row[rel] ? 'may' : 'may not'} read a concern that is "${rel}"`, () => {
        expect(allow(ACTORS[who], 'read', concern(rel))).toBe(row[rel]);
      });
    }
  }

  it("a school B DSL reads school B's concerns, a school A DSL does not", () => {
    const inB = concern('welfare', 'new', B);
    expect(allow(ACTORS.dslOfB, 'read', inB)).toBe(true);
    expect(allow(ACTORS.dsl, 'read', inB)).toBe(false);
    expect(allow(ACTORS.staffOfB, 'read', concern('mine', 'new', B))).toBe(true);
  });
});

describe('concern policy: changes, by role × relationship', () => {
  const dslOnly: ConcernAbility[] = ['triage', 'close', 'manageActions'];
  for (const [who, row] of Object.entries(MANAGE) as [ActorKey, (typeof MANAGE)[ActorKey]][]) {
    it(`${who}: edit own ${row.editMine}, edit others' ${row.editOthers}, triage/close/actions ${row.dslOnly}`, () => {
      expect(allow(ACTORS[who], 'edit', concern('mine'))).toBe(row.editMine);
      expect(allow(ACTORS[who], 'edit', concern('alerted'))).toBe(row.editOthers);
      for (const ability of dslOnly) expect(allow(ACTORS[who], ability, concern('welfare'))).toBe(row.dslOnly);
    });
  }

  it('documents: a DSL, or the member of staff who logged it at any stage; never someone only alerted, a reader or another school', () => {
    for (const status of ['new', 'triaged', 'closed'] as const) expect(allow(ACTORS.staff, 'attachDocument', concern('mine', status))).toBe(true);
    expect(allow(ACTORS.staff, 'attachDocument', concern('alerted'))).toBe(false);
    expect(allow(ACTORS.readerOnly, 'attachDocument', concern('send'))).toBe(false);
    expect(allow(ACTORS.admin, 'attachDocument', concern('welfare'))).toBe(false);
    expect(allow(ACTORS.dsl, 'attachDocument', concern('welfare', 'closed'))).toBe(true);
    expect(allow(ACTORS.dslOfB, 'attachDocument', concern('welfare'))).toBe(false);
  });

  it('staff may correct their own concern only until a DSL triages it', () => {
    expect(allow(ACTORS.staff, 'edit', concern('mine', 'new'))).toBe(true);
    expect(allow(ACTORS.staff, 'edit', concern('mine', 'triaged'))).toBe(false);
    expect(allow(ACTORS.staff, 'edit', concern('mine', 'closed'))).toBe(false);
  });
});

describe('school policy', () => {
  for (const [who, row] of Object.entries(SCHOOL) as [ActorKey, Record<SchoolAbility, boolean>][]) {
    it(`${who}: ${JSON.stringify(row)}`, () => {
      for (const [ability, expected] of Object.entries(row)) expect(allow(ACTORS[who], ability as SchoolAbility), ability).toBe(expected);
    });
  }
});

describe('authorize and serialize', () => {
  it('hides an unreadable concern as not_found, refuses a readable one as forbidden', () => {
    expect(() => authorize(ACTORS.staff, 'triage', concern('welfare'))).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => authorize(ACTORS.staff, 'triage', concern('mine'))).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => authorize(ACTORS.outsider, 'listChildren')).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => authorize(ACTORS.dsl, 'triage', concern('welfare'))).not.toThrow();
  });

  it('tells the tab which actions to offer, following the lifecycle', () => {
    expect(serializeAbilities(ACTORS.dsl, concern('welfare', 'new'))).toEqual({ read: true, edit: true, triage: true, close: false, manageActions: true, decideParentalNotification: true, attachDocument: true });
    expect(serializeAbilities(ACTORS.dsl, concern('welfare', 'triaged'))).toMatchObject({ triage: false, close: true });
    expect(serializeAbilities(ACTORS.dsl, concern('welfare', 'closed'))).toMatchObject({ edit: false, close: false, manageActions: false });
    expect(serializeAbilities(ACTORS.staff, concern('mine'))).toEqual({ read: true, edit: true, triage: false, close: false, manageActions: false, decideParentalNotification: false, attachDocument: true });
  });

  it('turns the read rule into the same store filter', () => {
    expect(concernScope(ACTORS.dsl)).toEqual({ kind: 'all' });
    expect(concernScope(ACTORS.staff)).toEqual({ kind: 'some', createdByOid: ME, alertedOid: ME, assigneeOid: ME });
    expect(concernScope(ACTORS.sendReader)).toEqual({ kind: 'some', createdByOid: ME, alertedOid: ME, assigneeOid: ME, categories: ['send'] });
    expect(concernScope(ACTORS.readerOnly)).toEqual({ kind: 'some', categories: ['send'] });
    expect(concernScope(ACTORS.admin)).toEqual({ kind: 'some' });
  });
});
