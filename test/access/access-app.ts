import type { JWTPayload } from 'jose';
import { createLanternApp, type LanternApp } from '../../src/app.js';
import type { PeopleDirectory } from '../../src/core/ports/people-directory.js';
import { DEMO_TENANT_ID, personaByKey } from '../../src/local/demo-identity.js';
import { localConfig } from '../../src/local/local-config.js';
import { seedDemoSchool } from '../../src/local/seed.js';
import { entraLikeClaims, sign } from '../identity/craft.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import type { GraphStandIn } from '../support/graph-stand-in.js';
import { startJwksServer, type JwksServer } from '../support/jwks-server.js';

export interface AccessApp {
  url: string;
  app: LanternApp;
  cosmos: TestCosmos;
  idp: JwksServer;
  /** Moves the app's clock (not the token validator's) forward. */
  advance(ms: number): void;
  /** A persona's token (with its groups claim), or an overage token (no groups, `_claim_names`) for any oid. */
  token(persona: string): Promise<string>;
  overageToken(oid: string, extra?: JWTPayload): Promise<string>;
  call(who: string | { token: string } | null, method: string, path: string, init?: { body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; headers: Headers; json: any }>;
  close(): Promise<void>;
}

export interface AccessAppOptions {
  graph?: GraphStandIn;
  people?: PeopleDirectory;
  env?: Record<string, string>;
}

/** The whole app over the embedded Cosmos server, with the demo school seeded; optionally Graph pointed at a stand-in. */
export async function startAccessApp(opts: AccessAppOptions = {}): Promise<AccessApp> {
  const cosmos = await startTestCosmos();
  const idp = await startJwksServer();
  const graphEnv: Record<string, string> = opts.graph
    ? { GRAPH_CLIENT_ID: opts.graph.clientId, GRAPH_CLIENT_SECRET: opts.graph.clientSecret, GRAPH_BASE_URL: opts.graph.baseUrl, GRAPH_AUTHORITY: opts.graph.baseUrl }
    : {};
  const config = localConfig({ PORT: '0', AUTH_AUTHORITY: idp.authority, LOG_LEVEL: 'silent', ALERT_SWEEP_SECONDS: '0', ...graphEnv, ...opts.env });
  let offset = 0;
  const app = createLanternApp({ config, store: cosmos.store, clock: () => new Date(Date.now() + offset), people: opts.people, graphFetch: opts.graph?.fetch });
  await seedDemoSchool(app.deps);
  const { port } = await app.listen();
  const url = `http://127.0.0.1:${port}`;
  const token = async (persona: string) => {
    const p = personaByKey(persona);
    if (!p) throw new Error(`unknown persona ${persona}`);
    return idp.idp.issueToken({ oid: p.oid, name: p.name, groups: p.groups });
  };
  const overageToken = async (oid: string, extra: JWTPayload = {}) => {
    const claims: JWTPayload = entraLikeClaims(idp, { oid, name: 'Overage Person', _claim_names: { groups: 'src1' }, ...extra });
    delete claims.groups;
    return sign(idp, claims);
  };
  const call: AccessApp['call'] = async (who, method, path, init = {}) => {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (who) headers.authorization = `Bearer ${typeof who === 'string' ? await token(who) : who.token}`;
    if (init.body !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(`${url}${path}`, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
  };
  return {
    url, app, cosmos, idp, token, overageToken, call,
    advance: (ms) => void (offset += ms),
    async close() {
      await app.close();
      await idp.close();
      await cosmos.close();
    },
  };
}

export { DEMO_TENANT_ID };
