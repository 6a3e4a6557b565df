import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDevIdentityProvider, type DevIdentityProvider } from '../src/identity/dev-idp.js';
import { DEMO_API_CLIENT_ID, DEMO_TENANT_ID } from '../src/local/demo-identity.js';

export interface BenchIdp {
  /** e.g. `http://127.0.0.1:54321/dev-idp` */
  authority: string;
  idp: DevIdentityProvider;
  close(): Promise<void>;
}

/** A dev IdP (in-memory key) whose JWKS and OpenID configuration are served over HTTP on loopback. */
export async function startBenchIdp(): Promise<BenchIdp> {
  let routes: Record<string, () => object> = {};
  const server = createServer((req, res) => respond(routes, req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const authority = `http://127.0.0.1:${port}/dev-idp`;
  const idp = await createDevIdentityProvider({
    authority,
    tenantId: DEMO_TENANT_ID,
    audience: DEMO_API_CLIENT_ID,
    clientId: DEMO_API_CLIENT_ID,
  });
  routes = {
    [new URL(idp.jwksUri).pathname]: () => idp.jwks(),
    [new URL(`${idp.issuer}/.well-known/openid-configuration`).pathname]: () => idp.openIdConfiguration(),
  };
  const close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { authority, idp, close };
}

function respond(routes: Record<string, () => object>, req: IncomingMessage, res: ServerResponse) {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const route = req.method === 'GET' ? routes[path] : undefined;
  // Never chained: restify, loaded in this process, patches writeHead to return nothing.
  if (!route) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(route()));
}
