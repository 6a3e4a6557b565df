import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORDS_CONTAINER } from '../../src/store/containers.js';
import { onRequestCharge, type RequestCharge } from '../../src/telemetry/request-charge.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { makeChild } from '../support/fixtures.js';

let cosmos: TestCosmos;
beforeAll(async () => {
  cosmos = await startTestCosmos();
});
afterAll(() => cosmos.close());

async function charged(fn: () => Promise<unknown>): Promise<RequestCharge[]> {
  const seen: RequestCharge[] = [];
  const stop = onRequestCharge((c) => seen.push(c));
  try {
    await fn().catch(() => undefined);
  } finally {
    stop();
  }
  return seen;
}

describe('Cosmos DB request charge (RU)', () => {
  it('is recorded for every request: writes, point reads and queries', async () => {
    const child = makeChild({ id: 'ru-child-1' });
    const writes = await charged(() => cosmos.store.children.create(child));
    expect(writes).toContainEqual({ operation: 'create', resource: 'docs', status: 201, charge: expect.any(Number) });

    const reads = await charged(() => cosmos.store.children.getMany(child.schoolId, [child.id]));
    expect(reads).toContainEqual(expect.objectContaining({ operation: 'read', resource: 'docs', status: 200 }));

    const queries = await charged(() => cosmos.database.container(RECORDS_CONTAINER).items.query('SELECT * FROM c').fetchAll());
    expect(queries).toContainEqual(expect.objectContaining({ operation: 'query', resource: 'docs' }));
    for (const c of [...writes, ...reads, ...queries]) expect(c.charge).toBeGreaterThan(0);
  });

  it('is recorded for failed requests too (a conflicting create still costs RU)', async () => {
    const child = makeChild({ id: 'ru-child-2' });
    await cosmos.store.children.create(child);
    const conflict = await charged(() => cosmos.store.children.create(child));
    expect(conflict).toContainEqual(expect.objectContaining({ operation: 'create', status: 409 }));
  });
});
