import { describe, expect, it } from 'vitest';
import { hasAnyAccess, resolveActor } from '../../src/core/model/resolve-actor.js';
import { demoSchool } from '../../src/local/demo-school.js';
import { DEMO_TENANT_ID, PERSONAS } from '../../src/local/demo-identity.js';

const school = demoSchool();
const actorOf = (key: string) => {
  const p = PERSONAS.find((x) => x.key === key)!;
  return resolveActor({ tenantId: DEMO_TENANT_ID, oid: p.oid, name: p.name, groups: p.groups }, school);
};

describe('roles from Entra groups', () => {
  it.each([
    ['dsl', ['staff', 'dsl'], []],
    ['deputy', ['staff', 'dsl'], []],
    ['teacher', ['staff'], []],
    ['senco', ['staff'], ['send']],
    ['admin', ['admin'], []],
    ['outsider', [], []],
  ])('%s → roles %j, reads %j', (key, roles, categories) => {
    const a = actorOf(key);
    expect(a.roles).toEqual(roles);
    expect(a.readableCategories).toEqual(categories);
  });

  it('gives the outsider no access at all', () => {
    expect(hasAnyAccess(actorOf('outsider'))).toBe(false);
  });

  it('compares object ids case-insensitively by normalising them', () => {
    const a = resolveActor({ tenantId: DEMO_TENANT_ID, oid: 'ABCDEF00-0000-4000-8000-000000000001', name: 'X', groups: [] }, school);
    expect(a.oid).toBe('abcdef00-0000-4000-8000-000000000001');
  });
});
