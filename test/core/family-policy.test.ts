import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/core/model/actor.js';
import { allowFamily, type FamilyAbility } from '../../src/core/policy/index.js';

const actor = (roles: Role[], readableCategories: string[] = []): Actor => ({
  tenantId: 't', oid: '00000000-0000-4000-8000-0000000000e1', name: 'Me', schoolId: 'a', roles, readableCategories,
});

const ABILITIES: FamilyAbility[] = ['readAdults', 'readLinks', 'editFamily', 'readFamilyView'];
const TABLE: Record<string, [Actor, boolean[]]> = {
  dsl: [actor(['staff', 'dsl']), [true, true, true, true]],
  staff: [actor(['staff']), [false, false, false, false]],
  sendReader: [actor(['staff'], ['send']), [true, false, false, false]],
  readerOnly: [actor([], ['ppg']), [true, false, false, false]],
  admin: [actor(['admin']), [false, false, false, false]],
  outsider: [actor([]), [false, false, false, false]],
};

describe('family policy, by role', () => {
  for (const [who, [a, row]] of Object.entries(TABLE)) {
    it(who, () => expect(ABILITIES.map((ab) => allowFamily(a, ab))).toEqual(row));
  }
});
