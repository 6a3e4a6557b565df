import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import type { Store } from './core/ports/store.js';
import type { Deps } from './core/usecases/context.js';
import type { Config } from './config/config.js';
import { createApiServer } from './api/server.js';
import type { DevIdpRoutesConfig } from './api/routes/dev-idp.js';
import { createLogger, type Logger } from './api/log.js';
import { createAuthenticator } from './identity/authenticate.js';
import { createSchoolDirectory } from './identity/school-directory.js';
import { defaultAllowedClientIds } from './identity/teams-client-ids.js';
import { createTokenValidator } from './identity/token-validator.js';
import { mountDoors } from './doors.js';

export interface LanternApp {
  server: Server;
  deps: Deps;
  log: Logger;
  listen(): Promise<{ port: number; host: string }>;
  close(): Promise<void>;
}

export interface AppOptions {
  config: Config;
  store: Store;
  devIdp?: DevIdpRoutesConfig;
  clock?: () => Date;
}

/** Wires one Lantern process: the use cases, identity and the HTTP doors onto one store. */
export function createLanternApp({ config, store, devIdp, clock }: AppOptions): LanternApp {
  const log = createLogger(config.LOG_LEVEL);
  const deps: Deps = { store, clock: clock ?? (() => new Date()), newId: () => randomUUID() };
  const validator = createTokenValidator({
    tenantId: config.TENANT_ID,
    audiences: [config.API_CLIENT_ID, ...config.API_AUDIENCES],
    authority: config.AUTH_AUTHORITY,
    allowedClientIds: config.ALLOWED_CLIENT_IDS ?? defaultAllowedClientIds(config.API_CLIENT_ID),
  });
  const directory = createSchoolDirectory(store, config.ACCESS_CACHE_SECONDS * 1000);
  const server = createApiServer({
    deps,
    directory,
    authenticate: createAuthenticator(validator),
    maxBodyBytes: config.MAX_BODY_BYTES,
    log,
    version: '0.1.0',
    devIdp,
    extend: (srv) => mountDoors({ server: srv, deps, directory, config, log }),
  });
  const host = config.HOST ?? (config.LANTERN_MODE === 'local' ? '127.0.0.1' : '0.0.0.0');
  return {
    server,
    deps,
    log,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.PORT, host, () => resolve({ port: (server.address() as { port: number }).port, host }));
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
