import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLanternApp, type LanternApp } from '../../src/app.js';
import { localConfig } from '../../src/local/local-config.js';
import { DEMO_SCHOOL_ID, personaByKey } from '../../src/local/demo-identity.js';
import { seedDemoSchool } from '../../src/local/seed.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { startJwksServer, type JwksServer } from '../support/jwks-server.js';
import { localPeopleDirectory } from '../../src/local/local-people.js';

let cosmos: TestCosmos;
let idp: JwksServer;
let app: LanternApp;
let url: string;

beforeAll(async () => {
  cosmos = await startTestCosmos();
  idp = await startJwksServer();
  // The whole app, logging at debug: what production would write to stdout (App Service → Log Analytics).
  app = createLanternApp({ config: localConfig({ PORT: '0', AUTH_AUTHORITY: idp.authority, LOG_LEVEL: 'debug' }), store: cosmos.store, people: localPeopleDirectory() });
  await seedDemoSchool(app.deps);
  url = `http://127.0.0.1:${(await app.listen()).port}`;
});
afterAll(async () => {
  await app.close();
  await idp.close();
  await cosmos.close();
});

/** Runs `fn` with stdout captured (and kept out of the test output). */
async function capturingStdout(fn: () => Promise<void>): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('request logs', () => {
  it('carry the correlation id but never the account text, the child\'s name or the Authorization header', async () => {
    const [child] = await cosmos.store.children.getMany(DEMO_SCHOOL_ID, ['child-001']);
    const teacher = personaByKey('teacher')!;
    const token = await idp.idp.issueToken({ oid: teacher.oid, name: teacher.name, groups: teacher.groups });
    const account = `${child!.givenName} ${child!.familyName} said she had not eaten since yesterday lunchtime.`;
    const post = (body: unknown, headers: Record<string, string>) =>
      fetch(`${url}/api/concerns`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const concern = {
      children: [{ childId: 'child-001', role: 'subject' }], categories: ['welfare'], account,
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(), location: `${child!.givenName}'s classroom`, parentsInformed: { informed: false, reason: 'DSL to decide' },
    };

    const out = await capturingStdout(async () => {
      expect((await post(concern, { authorization: `Bearer ${token}`, 'x-correlation-id': 'corr-redaction-0001' })).status).toBe(201);
      expect((await post({ ...concern, children: [{ childId: 'child-001', role: 'bystander' }] }, { authorization: `Bearer ${token}` })).status).toBe(422);
      expect((await post(concern, { authorization: `Bearer ${token}x`, 'x-correlation-id': 'corr-redaction-0002' })).status).toBe(401);
    });

    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', op: 'createConcern', status: 201, correlationId: 'corr-redaction-0001' }));
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', op: 'createConcern', status: 401, correlationId: 'corr-redaction-0002' }));
    for (const secret of [token, account, child!.givenName, child!.familyName, 'Bearer', 'had not eaten']) expect(out).not.toContain(secret);
  });
});
