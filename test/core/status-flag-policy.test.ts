import { describe, expect, it } from 'vitest';
import { STATUS_FLAGS, type StatusFlag, type StatusFlagKind } from '../../src/core/child-status/status-flag.js';
import type { Actor, Role } from '../../src/core/model/actor.js';
import { allowStatusFlag, allowStatusFlags } from '../../src/core/policy/index.js';

const A = 'school-a';
const actor = (roles: Role[], readableCategories: string[] = [], schoolId = A): Actor => ({
  tenantId: 't', oid: '00000000-0000-4000-8000-0000000000e1', name: 'Me', schoolId, roles, readableCategories,
});
const flag = (kind: StatusFlagKind): StatusFlag => ({
  id: 'sf-1', type: 'statusFlag', schoolId: A, childId: 'c', flag: kind, startDate: '2026-01-01', source: 'dsl',
  createdBy: { oid: 'x', name: 'x' }, recordedAt: '', version: 1, updatedAt: '', updatedBy: { oid: 'x', name: 'x' }, auditHead: '',
});

const SAFEGUARDING = STATUS_FLAGS.filter((f) => !['sen-support', 'ehcp', 'pupil-premium'].includes(f));

// [safeguarding flags, SEN support/EHCP, pupil premium, may set, may update]
const TABLE: Record<string, [Actor, boolean, boolean, boolean, boolean, boolean]> = {
  dsl: [actor(['staff', 'dsl']), true, true, true, true, true],
  staff: [actor(['staff']), false, false, false, false, false],
  sendReader: [actor(['staff'], ['send']), false, true, false, false, false],
  ppgReader: [actor([], ['ppg']), false, false, true, false, false],
  lacReader: [actor(['staff'], ['looked-after-children']), false, false, false, false, false],
  admin: [actor(['admin']), false, false, false, false, false],
  outsider: [actor([]), false, false, false, false, false],
  dslOfB: [actor(['staff', 'dsl'], ['send'], 'school-b'), false, false, false, true, false],
};

describe('status flag policy, by role × flag × school', () => {
  for (const [who, [a, safeguarding, sen, pp, set, update]] of Object.entries(TABLE)) {
    it(who, () => {
      for (const f of SAFEGUARDING) expect(allowStatusFlag(a, 'read', flag(f)), f).toBe(safeguarding);
      expect(allowStatusFlag(a, 'read', flag('sen-support'))).toBe(sen);
      expect(allowStatusFlag(a, 'read', flag('ehcp'))).toBe(sen);
      expect(allowStatusFlag(a, 'read', flag('pupil-premium'))).toBe(pp);
      // "may set" is school-level (their own school's children are checked by the use case)
      expect(allowStatusFlags(a, 'setStatusFlag')).toBe(set);
      expect(allowStatusFlag(a, 'update', flag('early-help'))).toBe(update);
    });
  }
});
