import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/core/model/actor.js';
import type { ConcernAction } from '../../src/core/model/concern.js';
import { allow, concernScope } from '../../src/core/policy/index.js';
import { canAssignActions, canCompleteAction } from '../../src/core/policy/action-policy.js';
import { makeConcern } from '../support/fixtures.js';

const ME = '00000000-0000-4000-8000-0000000000e1';
const SOMEONE = '00000000-0000-4000-8000-0000000000e2';
const actor = (roles: Role[], readableCategories: string[] = [], schoolId = 'school-a'): Actor => ({ tenantId: 't', oid: ME, name: 'Me', schoolId, roles, readableCategories });

const ACTORS = {
  staff: actor(['staff']),
  dsl: actor(['staff', 'dsl']),
  readerOnly: actor([], ['welfare']),
  admin: actor(['admin']),
  outsider: actor([]),
  dslOfB: actor(['staff', 'dsl'], [], 'school-b'),
};
const action = (assignee: string, extra: Partial<ConcernAction> = {}): ConcernAction => ({ id: 'a-1', description: 'x', assignee: { oid: assignee, name: 'x' }, dueDate: '2026-12-01', done: false, ...extra });
const concernWith = (actionOids: string[]) => makeConcern({ schoolId: 'school-a', createdBy: { oid: SOMEONE, name: 'x' }, categories: ['send'], actionOids });

// actor → [read a concern holding an action given to them, assign actions, complete own action, complete someone else's, complete own withdrawn action]
const TABLE: Record<keyof typeof ACTORS, [boolean, boolean, boolean, boolean, boolean]> = {
  staff: [true, false, true, false, false],
  dsl: [true, true, true, true, true],
  readerOnly: [false, false, false, false, false],
  admin: [false, false, false, false, false],
  outsider: [false, false, false, false, false],
  dslOfB: [false, false, false, false, false],
};

describe('action policy (role × action)', () => {
  for (const [key, expected] of Object.entries(TABLE)) {
    it(key, () => {
      const a = ACTORS[key as keyof typeof ACTORS];
      const c = concernWith([ME]);
      expect([
        allow(a, 'read', c),
        canAssignActions(a, c),
        canCompleteAction(a, c, action(ME)),
        canCompleteAction(a, c, action(SOMEONE)),
        canCompleteAction(a, c, action(ME, { withdrawnAt: '2026-11-30T10:00:00Z' })),
      ]).toEqual(expected);
    });
  }

  it('takes the access away with the assignment', () => {
    expect(allow(ACTORS.staff, 'read', concernWith([]))).toBe(false);
    expect(allow(ACTORS.staff, 'read', concernWith([SOMEONE]))).toBe(false);
  });

  it('lists concerns holding my actions for staff', () => {
    expect(concernScope(ACTORS.staff)).toMatchObject({ kind: 'some', assigneeOid: ME });
    expect(concernScope(ACTORS.readerOnly)).not.toHaveProperty('assigneeOid');
  });
});
