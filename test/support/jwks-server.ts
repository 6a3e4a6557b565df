import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDevIdentityProvider,
  type DevIdentityProvider,
} from '../../src/identity/dev-idp.js';
import { loadOrCreateDevKey, type DevSigningKey } from '../../src/identity/dev-idp-key.js';
import { DEMO_API_CLIENT_ID, DEMO_TENANT_ID } from '../../src/local/demo-identity.js';

export interface JwksServerOptions {
  tenantId?: string;
  audience?: string;
  clientId?: string;
  /** Reuse a key directory (default: a fresh temp dir removed on close). */
  keyDir?: string;
}

export interface JwksServer {
  /** e.g. `http://127.0.0.1:54321/dev-idp` */
  authority: string;
  idp: DevIdentityProvider;
  /** The IdP's signing key, for crafting hostile tokens in tests. */
  key: DevSigningKey;
  /** How many times the JWKS has been requested. */
  jwksRequests(): number;
  close(): Promise<void>;
}

/** Serves a dev IdP's JWKS and OpenID configuration over real HTTP on 127.0.0.1. */
export async function startJwksServer(opts: JwksServerOptions = {}): Promise<JwksServer> {
  const tempDir = opts.keyDir ? undefined : await mkdtemp(join(tmpdir(), 'lantern-idp-'));
  const keyDir = opts.keyDir ?? tempDir!;
  let idp: DevIdentityProvider | undefined;
  let jwksRequests = 0;
  const server = createServer((req, res) => {
    if (idp && req.method === 'GET' && pathOf(req) === new URL(idp.jwksUri).pathname) jwksRequests++;
    respond(idp, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const authority = `http://127.0.0.1:${port}/dev-idp`;
  idp = await createDevIdentityProvider({
    authority,
    tenantId: opts.tenantId ?? DEMO_TENANT_ID,
    audience: opts.audience ?? DEMO_API_CLIENT_ID,
    clientId: opts.clientId ?? DEMO_API_CLIENT_ID,
    keyDir,
  });
  const key = await loadOrCreateDevKey(keyDir);
  const close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
  return { authority, idp, key, jwksRequests: () => jwksRequests, close };
}

const pathOf = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://localhost').pathname;

function respond(idp: DevIdentityProvider | undefined, req: IncomingMessage, res: ServerResponse) {
  const routes: Record<string, () => object> = idp
    ? {
        [new URL(idp.jwksUri).pathname]: () => idp.jwks(),
        [new URL(discoveryUri(idp.issuer)).pathname]: () => idp.openIdConfiguration(),
      }
    : {};
  const route = req.method === 'GET' ? routes[pathOf(req)] : undefined;
  if (route === undefined) {
    // Not chained: restify, loaded in the same process by app tests, patches writeHead to return nothing.
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(route()));
}

const discoveryUri = (issuer: string) => `${issuer}/.well-known/openid-configuration`;
