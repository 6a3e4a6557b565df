import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCosmosStore } from '../../src/store/cosmos-store.js';
import { LEASES_CONTAINER } from '../../src/store/containers.js';
import { loadSnapshot, writeSnapshot } from '../../src/store/snapshot.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { auditFor, makeChild, makeConcern, makeSchool } from '../support/fixtures.js';

let cosmos: TestCosmos;
let dir: string;
beforeAll(async () => {
  cosmos = await startTestCosmos();
  dir = await mkdtemp(join(tmpdir(), 'lantern-snapshot-'));
});
afterAll(async () => {
  await cosmos?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('snapshot', () => {
  it('round-trips every document into a fresh database', async () => {
    const school = makeSchool();
    const child = makeChild();
    const concern = makeConcern({ childIds: [child.id], children: [{ childId: child.id, role: 'subject' }] });
    await cosmos.store.schools.create(school);
    await cosmos.store.children.create(child);
    await cosmos.store.concerns.create(concern, auditFor(concern));
    await cosmos.database.container(LEASES_CONTAINER).items.create({ id: 'lease-1', owner: 'test' });

    const file = join(dir, 'round-trip.json');
    await writeSnapshot(cosmos.database, file);
    expect(await readdir(dir)).toEqual(['round-trip.json']); // no .tmp left behind
    expect(await readFile(file, 'utf8')).not.toMatch(/"_(rid|self|etag|ts)"/);

    const restored = await cosmos.freshDatabase();
    await loadSnapshot(restored, file);
    await loadSnapshot(restored, file); // loading twice keeps what exists
    const store = createCosmosStore(restored);
    expect(await store.schools.get(school.schoolId)).toEqual(school);
    expect(await store.children.list(child.schoolId)).toEqual([child]);
    expect((await store.concerns.get(concern.schoolId, concern.id))?.value).toEqual(concern);
    expect(await store.audit.all(concern.schoolId)).toEqual(await cosmos.store.audit.all(concern.schoolId));
    const { resource } = await restored.container(LEASES_CONTAINER).item('lease-1', 'lease-1').read();
    expect(resource).toMatchObject({ id: 'lease-1', owner: 'test' });
  });

  it('treats a missing file as nothing to load', async () => {
    await expect(loadSnapshot(cosmos.database, join(dir, 'absent.json'))).resolves.toBeUndefined();
  });

  it.each([['not json', '{"records": [ {"id": '], ['wrong shape', '{"records": {"id": "x"}}']])(
    'names a corrupt file (%s) and suggests npm run reset',
    async (_name, text) => {
      const file = join(dir, 'corrupt.json');
      await writeFile(file, text);
      await expect(loadSnapshot(cosmos.database, file)).rejects.toThrow(/corrupt\.json.*npm run reset/);
    },
  );
});
