import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { issuerFor, jwksUriFor, normalizeAuthority } from './authority.js';
import { parseBearer } from './bearer.js';
import { isGuid, readClaims, type VerifiedToken } from './claims.js';
import { SigningKeysUnavailable, isTokenKeyProblem, toLanternError } from './jose-errors.js';
import { checkKeyAndLifetime } from './token-lifetime.js';

export type { VerifiedToken } from './claims.js';

export interface JwksFetchOptions {
  /** Minimum gap between refetches triggered by an unknown `kid` (ms). */
  cooldownMs?: number;
  /** Refetch the key set after this long even if every `kid` is known (ms). */
  cacheMaxAgeMs?: number;
  /** Give up on one JWKS request after this long (ms). */
  timeoutMs?: number;
}

export interface TokenValidatorOptions {
  tenantId: string;
  /** Accepted `aud` values: the API's client id, and `api://…/{clientId}` if wanted. */
  audiences: string[];
  /** `https://login.microsoftonline.com` in production; the dev IdP locally. */
  authority: string;
  /** Accepted `azp` values, e.g. `defaultAllowedClientIds(tabClientId)`. */
  allowedClientIds: string[];
  /** Allowed clock skew for `exp`/`nbf`, seconds (default 60). */
  clockToleranceSec?: number;
  jwks?: JwksFetchOptions;
}

export interface TokenValidator {
  /** Verifies an `Authorization` header value; throws LanternError `unauthenticated` or `forbidden`. */
  validate(authorizationHeader: string | undefined): Promise<VerifiedToken>;
}

const JWKS_DEFAULTS = { cooldownMs: 30_000, cacheMaxAgeMs: 60 * 60_000, timeoutMs: 5_000 };

export function createTokenValidator(opts: TokenValidatorOptions): TokenValidator {
  checkOptions(opts);
  const authority = normalizeAuthority(opts.authority);
  const tenantId = opts.tenantId.toLowerCase();
  const getKey = keyResolver(new URL(jwksUriFor(authority, tenantId)), opts.jwks);
  const verifyOptions = {
    algorithms: ['RS256'],
    issuer: issuerFor(authority, tenantId),
    audience: [...opts.audiences],
    clockTolerance: opts.clockToleranceSec ?? 60,
    requiredClaims: ['exp'],
  };
  const rules = {
    tenantId,
    allowedClientIds: new Set(opts.allowedClientIds.map((id) => id.toLowerCase())),
  };
  return {
    async validate(header) {
      try {
        const token = parseBearer(header);
        const { payload, protectedHeader } = await jwtVerify(token, getKey, verifyOptions);
        checkKeyAndLifetime(protectedHeader, payload);
        return readClaims(payload, rules);
      } catch (e) {
        throw toLanternError(e);
      }
    },
  };
}

/** Keys come only from the configured JWKS URL, never from token headers (jku, jwk, x5u…). */
function keyResolver(url: URL, fetchOptions: JwksFetchOptions = {}): JWTVerifyGetKey {
  const o = { ...JWKS_DEFAULTS, ...fetchOptions };
  const jwks = createRemoteJWKSet(url, {
    cooldownDuration: o.cooldownMs,
    cacheMaxAge: o.cacheMaxAgeMs,
    timeoutDuration: o.timeoutMs,
  });
  return async (header, token) => {
    try {
      return await jwks(header, token);
    } catch (e) {
      throw isTokenKeyProblem(e) ? e : new SigningKeysUnavailable(e);
    }
  };
}

function checkOptions(opts: TokenValidatorOptions): void {
  if (!isGuid(opts.tenantId)) throw new Error('Token validator: tenantId must be a GUID');
  if (opts.audiences.length === 0) throw new Error('Token validator: audiences must not be empty');
  if (opts.allowedClientIds.length === 0) {
    throw new Error('Token validator: allowedClientIds must not be empty');
  }
  const skew = opts.clockToleranceSec;
  if (skew !== undefined && !(Number.isFinite(skew) && skew >= 0 && skew <= 300)) {
    throw new Error('Token validator: clockToleranceSec must be between 0 and 300');
  }
}
