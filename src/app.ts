import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import type { Store } from './core/ports/store.js';
import type { Deps } from './core/usecases/context.js';
import type { Config } from './config/config.js';
import { createApiServer } from './api/server.js';
import { admissionSettings, createAdmission } from './api/rate-limit.js';
import { httpTimeouts } from './api/server-timeouts.js';
import type { DevIdpRoutesConfig } from './api/routes/dev-idp.js';
import { createLogger, type Logger } from './api/log.js';
import { createAuthenticator } from './identity/authenticate.js';
import { createSchoolDirectory } from './identity/school-directory.js';
import { defaultAllowedClientIds } from './identity/teams-client-ids.js';
import { createTokenValidator } from './identity/token-validator.js';
import { withVerifiedTokenCache } from './identity/verified-token-cache.js';
import { withChildCache } from './store/cached-children.js';
import { mountDoors } from './doors.js';
import { startAlertScheduler } from './alerts/scheduler.js';
import { startAuditAnchorTask } from './ops/audit-anchor-task.js';
import type { PeopleDirectory } from './core/ports/people-directory.js';
import { provideAccessEnv } from './api/routes/access-env.js';
import { configureBot } from './bot/bot-settings.js';
import { botRuntime } from './bot/mount-bot.js';
import { graphForApp } from './identity/graph/app-graph.js';
import { startRosterSync } from './identity/graph/roster-sync-timer.js';
import { bootstrapSchools } from './core/usecases/bootstrap-schools.js';
import { createPdfRenderer } from './render/pdf/pdf-renderer.js';
import { drainHttpServer, inFlightResponses } from './api/drain.js';
import { markDraining } from './api/routes/health.js';
import { SHUTDOWN_GRACE_MS } from './app-lifecycle.js';
import type { FileStore } from './core/ports/file-store.js';
import { createFileInspector } from './files/file-inspector.js';
import { startPendingUploadSweep } from './files/pending-upload-sweep.js';

const fileDeps = (config: Config, store: FileStore) => ({
  store,
  inspector: createFileInspector(),
  limits: { maxBytes: config.DOCUMENT_MAX_MB * 1024 * 1024, maxPerRecord: config.DOCUMENTS_PER_RECORD },
});

/** How long a child found in the roster is trusted without asking the store again. */
const CHILD_CACHE_MS = 5 * 60_000;

export interface LanternApp {
  server: Server;
  deps: Deps;
  log: Logger;
  listen(): Promise<{ port: number; host: string }>;
  /** Graceful stop: not ready, no new connections, requests in flight finish (up to `graceMs`), background work stops. */
  close(graceMs?: number): Promise<void>;
}

export interface AppOptions {
  config: Config;
  store: Store;
  devIdp?: DevIdpRoutesConfig;
  clock?: () => Date;
  /** The directory for the access report when Microsoft Graph is not configured (local mode: the seeded personas). */
  people?: PeopleDirectory;
  /** How Graph and token requests are sent (default: global fetch); tests trust a Graph stand-in's certificate with it. */
  graphFetch?: typeof fetch;
  /** Blob storage for documents and kept copies; without it documents answer 503 and exports are rebuilt at each download. */
  files?: FileStore;
}

/** Wires one Lantern process: the use cases, identity and the HTTP doors onto one store. */
export function createLanternApp({ config, store, devIdp, clock, people, graphFetch, files }: AppOptions): LanternApp {
  const log = createLogger(config.LOG_LEVEL);
  const deps: Deps = { store: withChildCache(store, CHILD_CACHE_MS), clock: clock ?? (() => new Date()), newId: () => randomUUID(), documents: createPdfRenderer(), files: files && fileDeps(config, files) };
  const validator = createTokenValidator({
    tenantId: config.TENANT_ID,
    audiences: [config.API_CLIENT_ID, ...config.API_AUDIENCES],
    authority: config.AUTH_AUTHORITY,
    allowedClientIds: config.ALLOWED_CLIENT_IDS ?? defaultAllowedClientIds(config.API_CLIENT_ID),
  });
  const directory = createSchoolDirectory(store, config.ACCESS_CACHE_SECONDS * 1000);
  const graph = graphForApp({ config, directory, now: () => deps.clock().getTime(), send: graphFetch, warn: (msg, fields) => log.log('warn', msg, fields) });
  if (graph) configureBot({ groupMembership: graph.membership });
  deps.people = graph?.people ?? people;
  provideAccessEnv(deps, { people: graph?.people ?? people, roster: graph?.roster, accessChanged: (tenantId) => (directory.forget(tenantId), graph?.clearMemberships()) });
  const admission = createAdmission(admissionSettings(config));
  const server = createApiServer({
    deps,
    directory,
    authenticate: createAuthenticator(withVerifiedTokenCache(validator), graph && ((tenantId, oid) => graph.membership.groupsOf(tenantId, oid).then((g) => [...g]))),
    maxBodyBytes: config.MAX_BODY_BYTES,
    log,
    version: '0.1.0',
    devIdp,
    hooks: {
      concernCreated: (school, concern) =>
        void botRuntime(server)
          ?.announceLoggedConcern(school, concern)
          .catch((e) => log.log('error', 'announcing a concern failed', { schoolId: school.id, concernId: concern.id, error: String(e) })),
      actionAssigned: (school, concern, action) => botRuntime(server)?.announceAction(school, concern, action),
      actionTakenBack: (school, concern, action, oid) => botRuntime(server)?.announceActionTakenBack(school, concern, action, oid),
    },
    extend: (srv) => mountDoors({ server: srv, deps, directory, config, log, admission, activityFeed: graph?.activityFeed, reach: graph?.installation && { installation: graph.installation, people: graph.people } }),
    admission,
    timeouts: httpTimeouts(config),
  });
  inFlightResponses(server.server);
  const host = config.HOST ?? (config.LANTERN_MODE === 'local' ? '127.0.0.1' : '0.0.0.0');
  let scheduler: ReturnType<typeof startAlertScheduler> | undefined;
  let anchorTask: ReturnType<typeof startAuditAnchorTask> | undefined;
  let pendingSweep: ReturnType<typeof startPendingUploadSweep> | undefined;
  const rosterSync = graph && config.ROSTER_SYNC_HOURS > 0 ? startRosterSync(deps, graph.roster, config.ROSTER_SYNC_HOURS, (level, msg, fields) => log.log(level, msg, fields)) : undefined;
  return {
    server,
    deps,
    log,
    listen: async () => {
      if (config.LANTERN_SCHOOLS) log.log('info', 'schools bootstrapped', { created: await bootstrapSchools(deps, config.TENANT_ID, config.LANTERN_SCHOOLS) });
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.PORT, host, () => {
          if (config.ALERT_SWEEP_SECONDS > 0) scheduler = startAlertScheduler(deps, botRuntime(server)?.alertChannel, log, config.ALERT_SWEEP_SECONDS * 1000);
          if (files && config.PENDING_UPLOAD_MINUTES > 0) pendingSweep = startPendingUploadSweep(deps, log, config.PENDING_UPLOAD_MINUTES * 60_000);
          if (config.AUDIT_ANCHOR_MINUTES > 0) anchorTask = startAuditAnchorTask(deps, log, config.AUDIT_ANCHOR_MINUTES * 60_000);
          resolve({ port: (server.address() as { port: number }).port, host });
        });
      });
    },
    // Stop taking requests and let those in flight finish, then stop the background work.
    close: async (graceMs = SHUTDOWN_GRACE_MS) => {
      markDraining(server);
      const http = await drainHttpServer(server.server, graceMs);
      if (http === 'cut') log.log('error', 'requests still running at shutdown were cut', { graceMs });
      await scheduler?.stop();
      await anchorTask?.stop();
      await pendingSweep?.stop();
      await rosterSync?.stop();
      await botRuntime(server)?.idle();
    },
  };
}
