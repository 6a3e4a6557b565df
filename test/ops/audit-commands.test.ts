import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/core/model/audit-event.js';
import { RECORDS_CONTAINER } from '../../src/store/containers.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { makeAuditEvent, makeSchool } from '../support/fixtures.js';
import { runScript } from '../support/processes.js';

const SCHOOL = 'command-school';
let cosmos: TestCosmos;
let dataDir: string;
let env: Record<string, string>;
let events: AuditEvent[];

/** Three days of view, denial and change events, written straight into the store. */
beforeAll(async () => {
  cosmos = await startTestCosmos();
  dataDir = await mkdtemp(join(tmpdir(), 'lantern-audit-'));
  // The commands find "the running local instance" through its certificate and port, as they do after `npm start`.
  await mkdir(join(dataDir, 'tls'), { recursive: true });
  await writeFile(join(dataDir, 'tls', 'cosmos-cert.pem'), cosmos.ca);
  env = { LANTERN_DATA_DIR: dataDir, COSMOS_PORT: new URL(cosmos.endpoint).port, COSMOS_DATABASE: cosmos.database.id, LOG_LEVEL: 'warn' };
  await cosmos.store.schools.create(makeSchool({ id: SCHOOL, schoolId: SCHOOL }));
  events = ['2026-10-05', '2026-10-06', '2026-10-08'].flatMap((day, d) =>
    ['concern.read', 'concern.read', 'chronology.read'].map((action, i) =>
      makeAuditEvent({ id: `ev-${d}-${i}`, schoolId: SCHOOL, action, outcome: i === 1 ? 'denied' : 'success', at: `${day}T1${i}:00:00.000Z` }),
    ),
  );
  for (const e of events) await cosmos.store.audit.append(e);
}, 60_000);
afterAll(async () => {
  await cosmos?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const run = (script: string, args: string[] = []) => runScript(`src/ops/${script}.ts`, args, env);

describe('npm run audit:anchor and audit:verify against a store', () => {
  it('anchors finished days once, then verifies them', async () => {
    const first = await run('audit-anchor', ['--until', '2026-10-07T00:00:00Z']);
    expect(first.stdout).toContain(`${SCHOOL}: anchored 2 day(s): 2026-10-05 … 2026-10-06`);
    expect(first.code).toBe(0);
    const again = await run('audit-anchor', ['--until', '2026-10-07T00:00:00Z']);
    expect(again.stdout).toContain(`${SCHOOL}: nothing new to anchor; anchored through 2026-10-06`);
    expect(again.stdout).toContain('0 anchor(s) written');
    const verify = await run('audit-verify');
    expect(verify.stdout).toContain(`OK       ${SCHOOL}: 9 events`);
    expect(verify.stdout).toContain('3 event(s) after 2026-10-06 are not anchored yet and are checked by hash and chain only');
    expect(verify.code).toBe(0);
  }, 60_000);

  it('fails naming the day and the neighbours when an anchored event is deleted', async () => {
    const gone = events[4]!; // the denial of 2026-10-06
    await cosmos.database.container(RECORDS_CONTAINER).item(gone.id, SCHOOL).delete();
    try {
      const verify = await run('audit-verify');
      expect(verify.code).toBe(1);
      expect(verify.stdout).toContain(`TAMPERED ${SCHOOL}`);
      expect(verify.stdout).toContain('an anchored event of 2026-10-06 is missing (removed) between ev-1-0 and ev-1-2');
    } finally {
      await cosmos.store.audit.append(gone);
    }
  }, 60_000);

  it('refuses a malformed --until', async () => {
    const r = await run('audit-anchor', ['--until', 'yesterday']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--until needs an ISO date-time');
  }, 30_000);
});
