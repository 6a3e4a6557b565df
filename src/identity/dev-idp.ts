import { createHash, randomBytes } from 'node:crypto';
import { MAX_TOKEN_LIFETIME_SEC } from './token-lifetime.js';
import { SignJWT, type JWK } from 'jose';
import { invalid } from '../core/errors.js';
import { isEntraAuthority, issuerFor, jwksUriFor, normalizeAuthority } from './authority.js';
import { isGuid, REQUIRED_SCOPE } from './claims.js';
import { loadOrCreateDevKey } from './dev-idp-key.js';

/**
 * Local mode only: a stand-in for Entra ID that signs v2.0-shaped access tokens
 * with its own RSA key. Lantern verifies them with the same token validator
 * as production; only the authority differs.
 */
export interface DevIdentityProviderOptions {
  /** e.g. `http://127.0.0.1:3978/dev-idp` */
  authority: string;
  tenantId: string;
  /** `aud` of issued tokens: the API's client id. */
  audience: string;
  /** The tab app's client id: the default `azp`. */
  clientId: string;
  /** Where the signing key is kept between restarts; in memory only if absent. */
  keyDir?: string;
}

export interface DevTokenClaims {
  oid: string;
  name: string;
  groups: string[];
  /** Default `['access_as_user']`. */
  scopes?: string[];
  /** Default 8 hours. */
  lifetimeSec?: number;
  /** Default the app's client id. */
  azp?: string;
}

export interface DevIdentityProvider {
  readonly issuer: string;
  readonly jwksUri: string;
  openIdConfiguration(): Record<string, unknown>;
  jwks(): { keys: JWK[] };
  issueToken(claims: DevTokenClaims): Promise<string>;
}

// Like Entra's access tokens (60–90 minutes); the API refuses anything living longer than MAX_TOKEN_LIFETIME_SEC.
const DEFAULT_LIFETIME_SEC = 60 * 60;
const MAX_LIFETIME_SEC = MAX_TOKEN_LIFETIME_SEC;

export async function createDevIdentityProvider(
  opts: DevIdentityProviderOptions,
): Promise<DevIdentityProvider> {
  if (!isGuid(opts.tenantId)) throw new Error('Dev IdP: tenantId must be a GUID');
  if (isEntraAuthority(opts.authority)) throw new Error('Dev IdP: authority must not be Entra ID');
  const authority = normalizeAuthority(opts.authority);
  const tenantId = opts.tenantId.toLowerCase();
  const issuer = issuerFor(authority, tenantId);
  const jwksUri = jwksUriFor(authority, tenantId);
  const key = await loadOrCreateDevKey(opts.keyDir);
  return {
    issuer,
    jwksUri,
    openIdConfiguration: () => openIdConfiguration(issuer, jwksUri),
    jwks: () => ({ keys: [{ ...key.publicJwk }] }),
    async issueToken(claims) {
      checkClaims(claims);
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT(payloadFor(claims, { ...opts, tenantId }))
        .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
        .setIssuer(issuer)
        .setAudience(opts.audience)
        .setIssuedAt(now)
        .setNotBefore(now)
        .setExpirationTime(now + (claims.lifetimeSec ?? DEFAULT_LIFETIME_SEC))
        .sign(key.privateKey);
    },
  };
}

function payloadFor(claims: DevTokenClaims, opts: DevIdentityProviderOptions) {
  return {
    name: claims.name,
    oid: claims.oid,
    sub: pairwiseSubject(opts, claims.oid),
    tid: opts.tenantId,
    scp: (claims.scopes ?? [REQUIRED_SCOPE]).join(' '),
    azp: claims.azp ?? opts.clientId,
    azpacr: '0',
    ver: '2.0',
    groups: [...claims.groups],
    uti: randomBytes(16).toString('base64url'),
  };
}

/** Entra's `sub` is stable per user and app, and differs between apps. */
const pairwiseSubject = (opts: DevIdentityProviderOptions, oid: string) =>
  createHash('sha256').update(`${opts.tenantId}|${opts.clientId}|${oid}`).digest('base64url');

function checkClaims(claims: DevTokenClaims): void {
  if (!isGuid(claims.oid)) throw invalid('oid must be a GUID');
  if (claims.name.trim() === '') throw invalid('name must not be empty');
  if (!claims.groups.every((g) => typeof g === 'string' && g !== '')) {
    throw invalid('groups must be non-empty strings');
  }
  const scopes = claims.scopes ?? [];
  if (!scopes.every((s) => /^[^\s]+$/.test(s))) throw invalid('scopes must not contain spaces');
  const life = claims.lifetimeSec;
  if (life !== undefined && !(Number.isInteger(life) && life > 0 && life <= MAX_LIFETIME_SEC)) {
    throw invalid(`lifetimeSec must be a whole number from 1 to ${MAX_LIFETIME_SEC}`);
  }
}

function openIdConfiguration(issuer: string, jwksUri: string): Record<string, unknown> {
  return {
    issuer,
    jwks_uri: jwksUri,
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['none'],
    response_types_supported: ['token'],
    subject_types_supported: ['pairwise'],
    scopes_supported: [REQUIRED_SCOPE],
    claims_supported: ['aud', 'iss', 'iat', 'nbf', 'exp', 'name', 'oid', 'sub', 'tid', 'scp', 'azp', 'ver', 'groups', 'uti'],
  };
}
