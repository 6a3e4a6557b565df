import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Activity } from 'botbuilder';
import type { Server } from 'restify';
import { correlationIdFrom } from '../api/correlation.js';
import { sendJson, toErrorResponse } from '../api/error-response.js';
import { readJsonBody } from '../api/json-body.js';
import type { Logger } from '../api/log.js';
import { LanternError } from '../core/errors.js';
import { RateLimitedError, type Admission } from '../api/rate-limit.js';
import { activityProblem } from './activity-envelope.js';
import type { LanternAdapter } from './lantern-adapter.js';
import type { LanternBot } from './lantern-bot.js';

export const MESSAGES_PATH = '/api/messages';

interface RouteEnv {
  adapter: LanternAdapter;
  bot: LanternBot;
  maxBodyBytes: number;
  log: Logger;
  admission?: Admission;
}

/**
 * POST /api/messages: botbuilder validates the Bot Connector token (when an
 * app id is configured) and runs the turn; invoke answers go back in the body.
 */
export function registerMessagesRoute(server: Server, env: RouteEnv): void {
  server.post(MESSAGES_PATH, ((req: IncomingMessage, res: ServerResponse, next: (v?: unknown) => void) => {
    const correlationId = correlationIdFrom(req.headers['x-correlation-id']);
    const started = Date.now();
    handle(env, req)
      .then((r) => (r.body === undefined ? empty(res, r.status) : sendJson(res, r.status, r.body)))
      .catch((err) => {
        const e = toErrorResponse(err, correlationId, env.log);
        sendJson(res, e.status, e.body, e.headers);
      })
      .finally(() => {
        env.log.log('info', 'bot request', { status: res.statusCode, ms: Date.now() - started, correlationId });
        next(false);
      });
  }) as never);
}

async function handle(env: RouteEnv, req: IncomingMessage): Promise<{ status: number; body?: unknown }> {
  const activity = (await readJsonBody(req, env.maxBodyBytes)) as Partial<Activity>;
  const problem = activityProblem(activity);
  if (problem) throw new LanternError('bad_request', `The body is not a Bot Framework activity (${problem}).`);
  let limited: RateLimitedError | undefined;
  try {
    const answer = await env.adapter.runActivity(req.headers.authorization ?? '', activity as Activity, async (turn) => {
      // Runs only once botbuilder has validated the Bot Connector token, so `from` can be trusted.
      limited = await admitSender(env, req, turn.activity);
      if (!limited) await env.bot.run(turn);
    });
    if (limited) throw limited;
    // botbuilder answers an invoke no handler recognised with 501; it is the sender's request that is wrong.
    if (answer?.status === 501) throw new LanternError('bad_request', 'Lantern does not handle this kind of invoke.');
    return { status: answer?.status ?? 200, body: answer?.body };
  } catch (e) {
    if (isAuthenticationFailure(e)) throw new LanternError('unauthenticated', 'The Bot Connector token is missing or not valid for this bot.');
    throw e;
  }
}

/** The per-user limit for the activity's sender (tenant + Entra object id, else the Teams user id). */
async function admitSender(env: RouteEnv, req: IncomingMessage, activity: Activity): Promise<RateLimitedError | undefined> {
  const from = activity.from as { id?: unknown; aadObjectId?: unknown } | undefined;
  const user = typeof from?.aadObjectId === 'string' ? from.aadObjectId : typeof from?.id === 'string' ? from.id : '';
  const tenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id ?? activity.conversation?.tenantId;
  try {
    await env.admission?.admitUser(req, typeof tenant === 'string' ? tenant : '', user);
    return undefined;
  } catch (e) {
    if (e instanceof RateLimitedError) return e;
    throw e;
  }
}

/**
 * botframework-connector's AuthenticationError carries the status it means (500
 * when its key fetch failed); a bad signature surfaces as jsonwebtoken's own
 * error, which botbuilder's own HTTP glue would answer with 500.
 */
const JWT_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);
const isAuthenticationFailure = (e: unknown) => {
  const err = e as { statusCode?: unknown; name?: unknown } | null;
  return err?.statusCode === 401 || JWT_ERRORS.has(String(err?.name));
};

function empty(res: ServerResponse, status: number) {
  if (res.headersSent) return;
  res.statusCode = status;
  res.setHeader('content-length', '0');
  res.end();
}
