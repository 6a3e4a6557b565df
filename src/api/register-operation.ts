import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from 'restify';
import { audit } from '../core/audit/audit-writer.js';
import { LanternError } from '../core/errors.js';
import type { Identity } from '../core/model/resolve-actor.js';
import type { Deps, RequestContext } from '../core/usecases/context.js';
import { NoAccessError, resolveRequestActor } from '../identity/request-actor.js';
import type { SchoolDirectory } from '../identity/school-directory.js';
import { correlationIdFrom } from './correlation.js';
import { withDeadline } from './deadline.js';
import { createConcurrencyLimit, type ConcurrencyLimit } from './concurrency.js';
import { sendJson, toErrorResponse } from './error-response.js';
import { readJsonBody } from './json-body.js';
import { sendFile } from './send-file.js';
import type { Logger } from './log.js';
import type { ApiRequest, Operation } from './operation.js';
import type { Admission } from './rate-limit.js';
import { recordIdParams } from './path-params.js';

export interface OperationEnv {
  deps: Deps;
  directory: SchoolDirectory;
  authenticate(authorization: string | undefined): Promise<Identity>;
  maxBodyBytes: number;
  log: Logger;
  admission?: Admission;
}

const limits = new WeakMap<Server, ConcurrencyLimit>();
/** One limit per server: every operation of an instance shares it. */
function limitFor(server: Server): ConcurrencyLimit {
  let limit = limits.get(server);
  if (!limit) limits.set(server, (limit = createConcurrencyLimit()));
  return limit;
}

type Req = IncomingMessage & { query?: Record<string, unknown>; params?: Record<string, string> };

/** Mounts one operation: authenticate, resolve the school and roles, parse, run, map errors — the same for every route. */
export function registerOperation(server: Server, op: Operation, env: OperationEnv) {
  const path = op.path.replace(/\{(\w+)\}/g, ':$1');
  const handler = (req: Req, res: ServerResponse, next: (v?: unknown) => void) => {
    const correlationId = correlationIdFrom(req.headers['x-correlation-id']);
    res.setHeader('x-correlation-id', correlationId);
    const started = Date.now();
    withDeadline((signal) => prepare(op, env, req, correlationId).then((input) => limitFor(server)(() => op.handle(input), signal)), op.deadlineMs)
      .then((r) => (r.file ? sendFile(res, r.status, r.file, r.headers) : sendJson(res, r.status, r.body, r.headers)))
      .catch((err) => {
        const e = toErrorResponse(err, correlationId, env.log);
        // A refused body may still be arriving: close rather than read megabytes to keep the connection.
        if (e.body.error.code === 'payload_too_large' || op.rawBody) e.headers['connection'] = 'close';
        sendJson(res, e.status, e.body, e.headers);
      })
      .finally(() => {
        env.log.log('info', 'request', { op: op.operationId, status: res.statusCode, ms: Date.now() - started, correlationId });
        next(false);
      });
  };
  server[op.method](path, handler as never);
}

/**
 * Everything before the use case runs: who is calling, may they, and the body.
 * It takes no concurrency slot, so a client trickling its body cannot hold one.
 */
async function prepare(op: Operation, env: OperationEnv, req: Req, correlationId: string) {
  const identity = await env.authenticate(req.headers.authorization);
  await env.admission?.admitUser(req, identity.tenantId, identity.oid);
  const ctx = await contextFor(env, identity, req, correlationId, op.operationId);
  const body = op.method === 'get' ? undefined : op.rawBody ? rawBody(req) : await readJsonBody(req, env.maxBodyBytes);
  return {
    ctx,
    params: recordIdParams(req.params),
    query: req.query ?? {},
    body,
    header: (name: string) => single(req.headers[name.toLowerCase()]),
  } satisfies ApiRequest;
}

async function contextFor(env: OperationEnv, identity: Identity, req: Req, correlationId: string, operationId: string) {
  try {
    const { actor, school } = await resolveRequestActor(env.directory, identity, single(req.headers['lantern-school-id']));
    return { actor, school, correlationId } satisfies RequestContext;
  } catch (e) {
    if (e instanceof NoAccessError && e.school) {
      const actor = { tenantId: identity.tenantId, oid: identity.oid.toLowerCase(), name: identity.name, schoolId: e.school.id, roles: [], readableCategories: [] };
      await audit(env.deps, { actor, school: e.school, correlationId }, { action: 'access.denied', recordType: 'operation', recordId: operationId, outcome: 'denied' });
    }
    throw e instanceof LanternError ? e : new LanternError('internal', 'Could not work out your access.');
  }
}

function rawBody(req: Req): AsyncIterable<Uint8Array> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/octet-stream') {
    throw new LanternError('unsupported_media_type', "Send the file's bytes as the body with Content-Type: application/octet-stream.");
  }
  return req;
}

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
