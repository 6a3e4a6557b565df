import restify, { type Server } from 'restify';
import type { Deps } from '../core/usecases/context.js';
import type { Identity } from '../core/model/resolve-actor.js';
import type { SchoolDirectory } from '../identity/school-directory.js';
import { correlationIdFrom } from './correlation.js';
import type { Logger } from './log.js';
import { buildOpenApi } from './openapi.js';
import type { Operation } from './operation.js';
import { registerOperation } from './register-operation.js';
import { auditOperations } from './routes/audit.js';
import { childOperations } from './routes/children.js';
import { concernOperations, type ConcernHooks } from './routes/concerns.js';
import { documentOperations } from './routes/documents.js';
import { dashboardOperations } from './routes/dashboard.js';
import { referralOperations } from './routes/referrals.js';
import { subjectAccessOperations } from './routes/subject-access.js';
import { alertOperations } from './routes/alerts.js';
import { schoolCalendarOperations } from './routes/school-calendar.js';
import { referralSettingsOperations } from './routes/referral-settings.js';
import { accessOperations } from './routes/access.js';
import { rosterOperations } from './routes/roster.js';
import { parentalNotificationOperations } from './routes/parental-notification.js';
import { retentionOperations } from './routes/retention.js';
import { categoryOperations } from './routes/categories.js';
import { transferOperations } from './routes/transfers.js';
import { caseNoteOperations } from './routes/case-notes.js';
import { adultConcernOperations } from './routes/adult-concerns.js';
import { statusFlagOperations } from './routes/status-flags.js';
import { familyOperations } from './routes/family.js';
import { actionOperations, type ActionHooks } from './routes/actions.js';
import { registerDevIdp, type DevIdpRoutesConfig } from './routes/dev-idp.js';
import { registerHealth } from './routes/health.js';
import { apiSecurityHeaders } from './security-headers.js';
import { admitByAddress } from './admit-address.js';
import type { Admission } from './rate-limit.js';
import { applyServerTimeouts, type HttpTimeouts } from './server-timeouts.js';

export interface ApiServerOptions {
  deps: Deps;
  directory: SchoolDirectory;
  authenticate(authorization: string | undefined): Promise<Identity>;
  maxBodyBytes: number;
  log: Logger;
  version: string;
  devIdp?: DevIdpRoutesConfig;
  hooks?: ConcernHooks & ActionHooks;
  /** Lets other doors (bot, tab) add their routes to the same server. */
  extend?: (server: Server) => void;
  /** Rate limits per client address (before routing) and per user (after authentication). */
  admission?: Admission;
  timeouts?: HttpTimeouts;
}

export function apiOperations(deps: Deps, hooks: ConcernHooks & ActionHooks = {}): Operation[] {
  return [...concernOperations(deps, hooks), ...actionOperations(deps, hooks), ...childOperations(deps), ...auditOperations(deps), ...dashboardOperations(deps), ...referralOperations(deps), ...subjectAccessOperations(deps), ...alertOperations(deps), ...accessOperations(deps), ...rosterOperations(deps), ...schoolCalendarOperations(deps), ...parentalNotificationOperations(deps), ...retentionOperations(deps), ...categoryOperations(deps), ...transferOperations(deps), ...referralSettingsOperations(deps), ...caseNoteOperations(deps), ...statusFlagOperations(deps), ...familyOperations(deps), ...documentOperations(deps), ...adultConcernOperations(deps)];
}

export function createApiServer(opts: ApiServerOptions): Server {
  const server = restify.createServer({ name: 'lantern', handleUncaughtExceptions: false });
  if (opts.timeouts) applyServerTimeouts(server, opts.timeouts);
  server.pre(apiSecurityHeaders);
  if (opts.admission) server.pre(admitByAddress(opts.admission, opts.log));
  server.use(restify.plugins.queryParser({ mapParams: false, allowDots: false, plainObjects: true }));
  const operations = apiOperations(opts.deps, opts.hooks);
  const openApi = buildOpenApi(operations, opts.version);
  registerHealth(server, opts.deps.store, () => openApi);
  for (const op of operations) registerOperation(server, op, opts);
  if (opts.devIdp) registerDevIdp(server, opts.devIdp);
  opts.extend?.(server);
  formatRouterErrors(server);
  return server;
}

/** Unknown paths and methods get the same JSON error shape as everything else. */
function formatRouterErrors(server: Server) {
  server.on('restifyError', (req, res, err, callback) => {
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    const code = status === 404 ? 'not_found' : status === 405 ? 'method_not_allowed' : status < 500 ? 'bad_request' : 'internal';
    const message = status === 404 ? 'No such endpoint. See /api/openapi.json.' : status < 500 ? String(err.message) : 'Something went wrong on our side.';
    const body = { error: { code, message, correlationId: correlationIdFrom(req.headers['x-correlation-id']) } };
    // restify sends the error itself after this handler; give it our shape.
    Object.assign(err, { toJSON: () => body });
    return callback();
  });
}
