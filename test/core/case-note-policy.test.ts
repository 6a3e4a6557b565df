import { describe, expect, it } from 'vitest';
import type { CaseNote } from '../../src/core/case-notes/case-note.js';
import type { Actor, Role } from '../../src/core/model/actor.js';
import { allowCaseNote, allowCaseNoteOn } from '../../src/core/policy/index.js';
import { makeConcern } from '../support/fixtures.js';

const A = 'school-a';
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
  outsider: actor([]),
  dslOfB: actor(['staff', 'dsl'], [], 'school-b'),
};
type ActorKey = keyof typeof ACTORS;

const concern = (mine: boolean) => makeConcern({ schoolId: A, createdBy: { oid: mine ? ME : SOMEONE, name: 'x' }, categories: ['send'] });
const note = (mine: boolean): CaseNote => ({
  id: 'n-1', type: 'caseNote', schoolId: A, childId: 'child-1', kind: 'call', method: 'phone', occurredAt: '2026-11-01T10:00:00Z',
  with: [], summary: 's', createdBy: { oid: mine ? ME : SOMEONE, name: 'x' }, recordedAt: '2026-11-01T10:00:00Z', version: 1,
  updatedAt: '2026-11-01T10:00:00Z', updatedBy: { oid: SOMEONE, name: 'x' }, auditHead: '',
});

// onChild, onMyConcern, onOthersConcern, followUp, readMine, readOthers
const TABLE: Record<ActorKey, [boolean, boolean, boolean, boolean, boolean, boolean]> = {
  staff: [false, true, false, false, true, false],
  dsl: [true, true, true, true, true, true],
  sendReader: [false, true, false, false, true, false],
  readerOnly: [false, false, false, false, false, false],
  admin: [false, false, false, false, false, false],
  outsider: [false, false, false, false, false, false],
  dslOfB: [false, false, false, false, false, false],
};

describe('case note policy, by role × relationship × school', () => {
  for (const [who, row] of Object.entries(TABLE) as [ActorKey, boolean[]][]) {
    it(`${who}`, () => {
      const a = ACTORS[who];
      expect([
        allowCaseNoteOn(a, 'create', { schoolId: A }),
        allowCaseNoteOn(a, 'create', { schoolId: A, concern: concern(true) }),
        allowCaseNoteOn(a, 'create', { schoolId: A, concern: concern(false) }),
        allowCaseNoteOn(a, 'setFollowUp', { schoolId: A, concern: concern(true) }),
        allowCaseNote(a, 'read', note(true)),
        allowCaseNote(a, 'read', note(false)),
      ]).toEqual(row);
      expect(allowCaseNote(a, 'update', note(false))).toBe(row[5]);
    });
  }
});
