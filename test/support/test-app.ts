import { createLanternApp, type LanternApp } from '../../src/app.js';
import type { PeopleDirectory } from '../../src/core/ports/people-directory.js';
import type { FileStore } from '../../src/core/ports/file-store.js';
import { localConfig } from '../../src/local/local-config.js';
import { DEMO_TENANT_ID, personaByKey } from '../../src/local/demo-identity.js';
import { seedDemoSchool } from '../../src/local/seed.js';
import { localPeopleDirectory } from '../../src/local/local-people.js';
import { makeChild, makeSchool } from './fixtures.js';
import { startTestCosmos, type TestCosmos } from './cosmos.js';
import { startJwksServer, type JwksServer } from './jwks-server.js';
import { startTestBlob, type TestBlob } from './blob.js';

/** A second school of the same trust (same tenant), with its own groups and children. */
export const OTHER_SCHOOL = makeSchool({
  id: 'other-primary',
  schoolId: 'other-primary',
  tenantId: DEMO_TENANT_ID,
  name: 'Other Primary',
  access: { staffGroups: ['9e0b5a6c-0000-4000-8000-00000000b001'], dslGroups: ['9e0b5a6c-0000-4000-8000-00000000b002'], adminGroups: [], categoryReaders: [] },
});
export const OTHER_CHILD = makeChild({ id: 'other-child-1', schoolId: OTHER_SCHOOL.id });
export const OTHER_DSL = {
  oid: '9e0b5a6c-0000-4000-8000-0000000000d1',
  name: 'Other DSL',
  groups: ['9e0b5a6c-0000-4000-8000-00000000b001', '9e0b5a6c-0000-4000-8000-00000000b002'],
};

export interface TestApp {
  url: string;
  app: LanternApp;
  cosmos: TestCosmos;
  blob: TestBlob;
  idp: JwksServer;
  token(persona: string): Promise<string>;
  call(persona: string | null, method: string, path: string, init?: { body?: unknown; headers?: Record<string, string>; rawBody?: string }): Promise<{ status: number; headers: Headers; json: any }>;
  close(): Promise<void>;
}

/** The whole app on an ephemeral port, over the embedded Cosmos server (HTTPS), Azurite and a dev IdP served over HTTP; `env` adds settings. */
export async function startTestApp(env: Record<string, string> = {}, opts: { people?: PeopleDirectory; files?: (blob: TestBlob) => FileStore | undefined } = {}): Promise<TestApp> {
  const cosmos = await startTestCosmos();
  const blob = await startTestBlob();
  const idp = await startJwksServer();
  const config = localConfig({ PORT: '0', AUTH_AUTHORITY: idp.authority, LOG_LEVEL: 'silent', ...env });
  const app = createLanternApp({ config, store: cosmos.store, people: opts.people ?? localPeopleDirectory(), files: opts.files ? opts.files(blob) : blob.store });
  await seedDemoSchool(app.deps);
  await cosmos.store.schools.create(OTHER_SCHOOL);
  await cosmos.store.children.create(OTHER_CHILD);
  const { port } = await app.listen();
  const url = `http://127.0.0.1:${port}`;

  const token = async (persona: string) => {
    if (persona === 'otherDsl') return idp.idp.issueToken(OTHER_DSL);
    const p = personaByKey(persona);
    if (!p) throw new Error(`unknown persona ${persona}`);
    return idp.idp.issueToken({ oid: p.oid, name: p.name, groups: p.groups });
  };
  const call: TestApp['call'] = async (persona, method, path, init = {}) => {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (persona) headers.authorization = `Bearer ${await token(persona)}`;
    let body: string | undefined = init.rawBody;
    if (init.body !== undefined) body = JSON.stringify(init.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(`${url}${path}`, { method, headers, body });
    const text = await res.text();
    return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
  };
  return {
    url, app, cosmos, blob, idp, token, call,
    async close() {
      await app.close();
      await idp.close();
      await cosmos.close();
      await blob.close();
    },
  };
}

/** A valid createConcern body about one demo child. */
export const concernBody = (overrides: Record<string, unknown> = {}) => ({
  children: [{ childId: 'child-001', role: 'subject' }],
  categories: ['welfare'],
  account: 'Said she had not eaten since yesterday lunchtime.',
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  location: 'Playground',
  parentsInformed: { informed: false, reason: 'DSL to decide' },
  ...overrides,
});
