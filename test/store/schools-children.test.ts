import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { makeChild, makeSchool, TEST_TENANT_ID } from '../support/fixtures.js';

let cosmos: TestCosmos;
beforeAll(async () => {
  cosmos = await startTestCosmos();
});
afterAll(async () => {
  await cosmos?.close();
});

describe('schools', () => {
  it('creates, reads and lists the schools of a tenant', async () => {
    const north = makeSchool({ schoolId: 'north', name: 'North Primary' });
    const south = makeSchool({ schoolId: 'south', name: 'South Primary' });
    const elsewhere = makeSchool({ schoolId: 'elsewhere', tenantId: 'another-tenant' });
    for (const s of [north, south, elsewhere]) await cosmos.store.schools.create(s);

    expect(await cosmos.store.schools.get('north')).toEqual(north);
    expect(await cosmos.store.schools.get('nowhere')).toBeUndefined();
    const listed = await cosmos.store.schools.listForTenant(TEST_TENANT_ID);
    expect(listed.map((s) => s.schoolId).sort()).toEqual(['north', 'south']);
  });

  it('refuses a second school with the same id', async () => {
    const school = makeSchool({ schoolId: 'twice' });
    await cosmos.store.schools.create(school);
    await expect(cosmos.store.schools.create({ ...school, name: 'Impostor' })).rejects.toMatchObject({ code: 'already_exists' });
    expect((await cosmos.store.schools.get('twice'))?.name).toBe(school.name);
  });

  it('requires the school document id to be its schoolId', async () => {
    await expect(cosmos.store.schools.create(makeSchool({ id: 'x', schoolId: 'y' }))).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});

describe('children', () => {
  const school = 'children-school';
  const kids = ['Ada', 'Ben', 'Cy', 'Dee'].map((givenName) => makeChild({ schoolId: school, givenName }));

  beforeAll(async () => {
    for (const k of kids) await cosmos.store.children.create(k);
    await cosmos.store.children.create(makeChild({ schoolId: 'other-school', id: kids[0]!.id, givenName: 'Twin' }));
  });

  it('lists the children of one school only', async () => {
    const listed = await cosmos.store.children.list(school);
    expect(listed.map((c) => c.id).sort()).toEqual(kids.map((c) => c.id).sort());
  });

  it('gets several children in one query, in the order asked, skipping unknown ids', async () => {
    const before = cosmos.requestCount();
    const got = await cosmos.store.children.getMany(school, [kids[2]!.id, 'unknown', kids[0]!.id, kids[2]!.id]);
    // One SDK query = the query-plan request + the query itself.
    expect(cosmos.requestCount() - before).toBeLessThanOrEqual(2);
    expect(got).toEqual([kids[2], kids[0]]);
  });

  it('gets one child with one point read', async () => {
    const before = cosmos.requestCount();
    expect(await cosmos.store.children.getMany(school, [kids[1]!.id])).toEqual([kids[1]]);
    expect(cosmos.requestCount() - before).toBe(1);
    expect(await cosmos.store.children.getMany(school, [])).toEqual([]);
    expect(cosmos.requestCount() - before).toBe(1);
  });

  it('refuses a duplicate child id in the same school', async () => {
    await expect(cosmos.store.children.create({ ...kids[0]!, givenName: 'Copy' })).rejects.toMatchObject({ code: 'already_exists' });
  });
});

describe('ping', () => {
  it('answers with one request', async () => {
    const before = cosmos.requestCount();
    await cosmos.store.ping();
    expect(cosmos.requestCount() - before).toBe(1);
  });
});
