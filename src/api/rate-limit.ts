import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config/config.js';
import { LanternError } from '../core/errors.js';
import { clientAddress, isLoopback } from './client-address.js';

/** The door a request came through: the REST API (/api/*) or the bot (POST /api/messages). */
export type Door = 'api' | 'bot';

export interface AdmissionSettings {
  windowSeconds: number;
  /** Requests per window per user (tenant + object id), across both doors; 0 = no limit. */
  perUser: number;
  /** Requests per window per client address, counted separately for each door; 0 = no limit. */
  perIp: number;
  exemptLoopback: boolean;
  trustProxyHops: number;
}

/** 429: the caller sent more than its share; `retryAfterSeconds` says when the window frees up. */
export class RateLimitedError extends LanternError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', `Too many requests. Wait ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}, then try again.`);
  }
}

/**
 * Admission control for one instance (docs/adr/0008-admission-control.md):
 * in-memory fixed windows per client address (before authentication) and per
 * user (after it), so one misbehaving client cannot starve a school.
 */
export interface Admission {
  /** Counts a request against its client address; throws RateLimitedError when over the limit. */
  admitAddress(req: IncomingMessage, door: Door): Promise<void>;
  /** Counts an authenticated request against its user; throws RateLimitedError when over the limit. */
  admitUser(req: IncomingMessage, tenantId: string, userId: string): Promise<void>;
}

export const admissionSettings = (config: Config): AdmissionSettings => ({
  windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
  perUser: config.RATE_LIMIT_PER_USER,
  perIp: config.RATE_LIMIT_PER_IP,
  exemptLoopback: config.RATE_LIMIT_EXEMPT_LOOPBACK ?? config.LANTERN_MODE === 'local',
  trustProxyHops: config.TRUST_PROXY_HOPS,
});

export function createAdmission(s: AdmissionSettings): Admission {
  const limiter = (points: number, keyPrefix: string) => (points > 0 ? new RateLimiterMemory({ points, duration: s.windowSeconds, keyPrefix }) : undefined);
  const byAddress = { api: limiter(s.perIp, 'ip-api'), bot: limiter(s.perIp, 'ip-bot') };
  const byUser = limiter(s.perUser, 'user');
  const exempt = (address: string) => s.exemptLoopback && isLoopback(address);
  return {
    async admitAddress(req, door) {
      const address = clientAddress(req, s.trustProxyHops);
      if (!exempt(address)) await consume(byAddress[door], address);
    },
    async admitUser(req, tenantId, userId) {
      if (!exempt(clientAddress(req, s.trustProxyHops))) await consume(byUser, `${tenantId.toLowerCase()}:${userId.toLowerCase()}`);
    },
  };
}

async function consume(limiter: RateLimiterMemory | undefined, key: string): Promise<void> {
  if (!limiter) return;
  try {
    await limiter.consume(key);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    throw new RateLimitedError(Math.max(1, Math.ceil(e.msBeforeNext / 1000)));
  }
}
