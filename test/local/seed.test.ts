import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCHOOL_ID } from '../../src/local/demo-identity.js';
import { seedDemoSchool } from '../../src/local/seed.js';
import { RECORDS_CONTAINER } from '../../src/store/containers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(); // seeds the demo school
});
afterAll(() => t.close());

describe('the demo school seed', () => {
  it('shows records for life working: a former pupil file due for review and a leaver whose transfer has started', async () => {
    const queue = await t.call('dsl', 'GET', '/api/retention/files');
    expect(queue.json.items).toEqual([expect.objectContaining({ childId: 'former-001', name: 'Hannah Fletcher', dateOfBirth: '1999-04-12', closed: true, due: true, reviewDate: '2024-04-12' })]);
    const transfers = await t.call('dsl', 'GET', '/api/transfers');
    expect(transfers.json.items).toEqual([expect.objectContaining({ childId: 'leaver-001', status: 'preparing', destination: { name: 'Riverside Primary School', urn: '100234' } })]);
    // Leavers are not on the current roll that staff choose children from.
    const roll = (await t.call('teacher', 'GET', '/api/children')).json.items.map((c: { id: string }) => c.id);
    expect(roll).toHaveLength(30);
    expect(roll).not.toContain('former-001');
  });

  it('finishes an interrupted seed later without duplicating anything', async () => {
    const records = t.cosmos.database.container(RECORDS_CONTAINER);
    const documents = async () =>
      (await records.items.query<{ type: string; action?: string; id: string }>({ query: 'SELECT c.type, c.action, c.id FROM c WHERE c.schoolId = @s', parameters: [{ name: '@s', value: DEMO_SCHOOL_ID }] }).fetchAll())
        .resources.map((r) => `${r.type} ${r.action ?? ''} ${r.id}`);
    const before = await documents();
    // The school document is written last: without it the seed counts as unfinished.
    await records.item(DEMO_SCHOOL_ID, DEMO_SCHOOL_ID).delete();
    const clock = t.app.deps.clock;
    t.app.deps.clock = () => new Date(clock().getTime() + 90_000); // a restart a little later
    try {
      expect(await seedDemoSchool(t.app.deps)).toBe(true);
    } finally {
      t.app.deps.clock = clock;
    }
    const added = (await documents()).filter((d) => !before.includes(d));
    // Nothing new but the audit trail's record of each replayed step.
    expect(added.length).toBeGreaterThan(0);
    for (const d of added) expect(d).toMatch(/^audit \S+\.replayed /);
    expect(await seedDemoSchool(t.app.deps)).toBe(false);
    expect((await t.call('dsl', 'GET', '/api/transfers')).json.items).toHaveLength(1);
  });
});
