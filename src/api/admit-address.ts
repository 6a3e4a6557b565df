import type { IncomingMessage, ServerResponse } from 'node:http';
import { correlationIdFrom } from './correlation.js';
import { sendJson, toErrorResponse } from './error-response.js';
import type { Logger } from './log.js';
import type { Admission, Door } from './rate-limit.js';

const MESSAGES_PATH = '/api/messages';

/** Which door a path belongs to; undefined for paths that are never limited (health probes, the tab's files). */
export function doorOf(url: string | undefined): Door | undefined {
  const path = (url ?? '').split('?')[0]!;
  if (path === MESSAGES_PATH) return 'bot';
  return path.startsWith('/api/') ? 'api' : undefined;
}

/** A pre-routing handler: every /api/* request counts against its client address before anything else runs. */
export function admitByAddress(admission: Admission, log: Logger) {
  return (req: IncomingMessage, res: ServerResponse, next: (v?: unknown) => void) => {
    const door = doorOf(req.url);
    if (!door) return next();
    admission.admitAddress(req, door).then(
      () => next(),
      (err: unknown) => {
        const correlationId = correlationIdFrom(req.headers['x-correlation-id']);
        const e = toErrorResponse(err, correlationId, log);
        if (e.status === 429) log.log('warn', 'rate limited', { door, scope: 'address', correlationId });
        res.setHeader('x-correlation-id', correlationId);
        sendJson(res, e.status, e.body, e.headers);
        next(false);
      },
    );
  };
}
