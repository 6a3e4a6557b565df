import { Pool } from 'undici';
import { apiOperations } from '../../../src/api/server.js';
import { DEMO_SCHOOL_ID } from '../../../src/local/demo-identity.js';
import type { Operation } from '../../../src/api/operation.js';
import type { Logger } from '../../../src/api/log.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import type { FuzzRequest, FuzzTarget } from './requests.js';
import { recordWrites } from './write-recorder.js';

/** Runs per operation: FUZZ_RUNS (default 1000, CI); more for a deeper local run. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** Inputs sent at once: the server, the store and the client share this process, so overlapping requests keeps it busy. */
export const BATCH = 4;
/**
 * FUZZ_SEED replays a failing run that fast-check reported. CI uses a fixed
 * seed so its verdict is reproducible; elsewhere every run draws new inputs,
 * which is how the suite keeps finding new faults (then pin them as regular tests).
 */
const CI_SEED = 20261129;
export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.CI ? CI_SEED : undefined;

const ADMIN_ONLY = /^\/api\/(access-config|access-report|roster|school-calendar|referral-settings)/;
/** The persona that may use an operation, so generated input reaches validation rather than stopping at 403. */
export const personaFor = (op: Operation) => (ADMIN_ONLY.test(op.path) ? 'admin' : 'dsl');

export interface FuzzApp {
  t: TestApp;
  operations: Operation[];
  target: FuzzTarget;
  writes: ReturnType<typeof recordWrites>;
  /** Error-level log lines since the last clear: a failure the caller may not see (e.g. swallowed by the bot). */
  errors: ReturnType<typeof captureErrors>;
  send(r: FuzzRequest): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

/** The app in this process, with every write recorded, and the ids, etags and tokens the generators aim at. */
export async function startFuzzApp(): Promise<FuzzApp> {
  const t = await startTestApp({ ALERT_SWEEP_SECONDS: '0', ROSTER_SYNC_HOURS: '0' });
  const personas = ['dsl', 'admin', 'teacher', 'outsider', 'otherDsl'];
  const bearer = Object.fromEntries(await Promise.all(personas.map(async (p) => [p, `Bearer ${await t.token(p)}`] as const)));
  const first = async (path: string) => (await t.call('dsl', 'GET', path)).json.items.map((i: { id: string }) => i.id).slice(0, 2) as string[];
  const [concerns, referrals, children] = await Promise.all([first('/api/concerns'), first('/api/referrals'), first('/api/children')]);
  const etagOf = async (persona: string, path: string) => (await t.call(persona, 'GET', path)).headers.get('etag') ?? '"none"';
  const etags = await Promise.all([etagOf('dsl', `/api/concerns/${concerns[0]}`), etagOf('dsl', `/api/referrals/${referrals[0]}`), etagOf('admin', '/api/access-config'), etagOf('admin', '/api/school-calendar'), etagOf('admin', '/api/referral-settings')]);
  const target: FuzzTarget = {
    ids: {
      '/api/concerns/{id}:id': concerns,
      '/api/referrals/{id}:id': referrals,
      '/api/referrals/{id}/contacts:id': referrals,
      '/api/children/{id}/chronology:id': children,
      '/api/children/{id}/chronology.pdf:id': children,
      childId: children,
    },
    authorizations: (op) => ({ own: bearer[personaFor(op)]!, others: personas.map((p) => bearer[p]!) }),
    etags,
    schoolIds: [DEMO_SCHOOL_ID, 'other-primary', DEMO_SCHOOL_ID.toUpperCase()],
  };
  const writes = recordWrites();
  const pool = new Pool(t.url, { connections: BATCH });
  const errors = captureErrors(t.app.log);
  return {
    t,
    operations: apiOperations(t.app.deps),
    target,
    writes,
    errors,
    async send(r) {
      const res = await pool.request({ path: r.path, method: r.method as 'GET', headers: r.headers, body: r.body });
      return { status: res.statusCode, text: await res.body.text() };
    },
    async close() {
      writes.restore();
      await pool.close();
      await t.close();
    },
  };
}

/** Object.prototype as the test process started: any new key means a request polluted it. */
export const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** Keeps error-level log lines (message and error text) while still logging them. */
export function captureErrors(log: Logger) {
  const lines: string[] = [];
  const original = log.log.bind(log);
  log.log = (level, msg, fields) => {
    if (level === 'error') lines.push(`${msg}: ${String(fields?.error ?? '').split('\n').slice(0, 3).join(' | ')}`);
    original(level, msg, fields);
  };
  return { lines: () => [...lines], clear: () => (lines.length = 0) };
}
