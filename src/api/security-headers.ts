import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers for API responses: JSON only, never cached, never framed, never sniffed. */
const apiHelmet = helmet({
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  crossOriginResourcePolicy: { policy: 'same-origin' },
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
});

export function apiSecurityHeaders(req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) {
  res.setHeader('cache-control', 'no-store');
  res.setHeader('pragma', 'no-cache');
  apiHelmet(req, res, (err?: unknown) => next(err));
}
