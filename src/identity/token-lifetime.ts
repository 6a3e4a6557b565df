import type { JWTHeaderParameters, JWTPayload } from 'jose';
import { LanternError } from '../core/errors.js';

/**
 * The longest-lived token Lantern accepts, from its issue (or not-before) time to its expiry.
 * Entra issues access tokens for 60–90 minutes; two hours leaves room for that and nothing like
 * the years a forged or mis-issued token might claim.
 */
export const MAX_TOKEN_LIFETIME_SEC = 2 * 60 * 60;

/**
 * Entra signs every token with a key it names in `kid`; a token without one would be checked
 * against whichever key happens to match. Its lifetime must be one Entra would issue.
 */
export function checkKeyAndLifetime(header: JWTHeaderParameters, payload: JWTPayload): void {
  const fail = (message: string) => new LanternError('unauthenticated', message);
  if (typeof header.kid !== 'string' || header.kid === '') throw fail('The token does not name its signing key');
  const starts = [payload.iat, payload.nbf].filter((t): t is number => typeof t === 'number' && Number.isFinite(t));
  if (starts.length === 0) throw fail('The token does not say when it was issued');
  if (typeof payload.exp !== 'number' || payload.exp - Math.min(...starts) > MAX_TOKEN_LIFETIME_SEC) {
    throw fail('The token lives longer than Lantern accepts');
  }
}
