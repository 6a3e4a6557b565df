import { createHash } from 'node:crypto';
import { decodeJwt } from 'jose';
import type { TokenValidator } from './token-validator.js';
import type { VerifiedToken } from './claims.js';

export interface TokenCacheOptions {
  maxEntries?: number;
  /** Never trust a cached result longer than this, even if the token lives longer. */
  maxAgeMs?: number;
  now?: () => number;
}

/**
 * Remembers successfully verified tokens (by hash of the exact header) until
 * they expire or for `maxAgeMs`, whichever is sooner, so a tab or bot making
 * many calls does not pay for signature verification every time. Failures are
 * never cached; a different byte in the token is a different entry.
 */
export function withVerifiedTokenCache(validator: TokenValidator, opts: TokenCacheOptions = {}): TokenValidator {
  const maxEntries = opts.maxEntries ?? 10_000;
  const maxAgeMs = opts.maxAgeMs ?? 5 * 60_000;
  const now = opts.now ?? Date.now;
  const cache = new Map<string, { token: VerifiedToken; until: number }>();
  return {
    async validate(header) {
      const key = header ? createHash('sha256').update(header).digest('base64url') : '';
      const hit = key ? cache.get(key) : undefined;
      if (hit && now() < hit.until) return hit.token;
      if (hit) cache.delete(key);
      const token = await validator.validate(header);
      const exp = decodeJwt(header!.slice(header!.indexOf(' ') + 1).trim()).exp;
      if (typeof exp === 'number') {
        if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
        cache.set(key, { token, until: Math.min(exp * 1000, now() + maxAgeMs) });
      }
      return token;
    },
  };
}
