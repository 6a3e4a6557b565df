import { errors } from 'jose';
import { LanternError } from '../core/errors.js';

/** Raised by the key resolver when the JWKS endpoint cannot be used at all. */
export class SigningKeysUnavailable extends Error {
  constructor(cause: unknown) {
    super('Signing keys could not be fetched', { cause });
    this.name = 'SigningKeysUnavailable';
  }
}

/** Key-lookup errors that say something about the token, not about the JWKS endpoint. */
export const isTokenKeyProblem = (e: unknown) =>
  e instanceof errors.JWKSNoMatchingKey ||
  e instanceof errors.JWKSMultipleMatchingKeys ||
  e instanceof errors.JOSENotSupported;

const CLAIM_MESSAGES: Record<string, string> = {
  nbf: 'The token is not valid yet',
  iss: 'The token was not issued for this organisation',
  aud: 'The token is not intended for Lantern',
};

/**
 * Maps anything thrown while verifying a token to a short, safe LanternError.
 * Messages never contain the token or its claim values.
 */
export function toLanternError(e: unknown): LanternError {
  if (e instanceof LanternError) return e;
  const fail = (message: string) => new LanternError('unauthenticated', message);
  if (e instanceof SigningKeysUnavailable) return fail('Signing keys could not be fetched; try again shortly');
  if (e instanceof errors.JWTExpired) return fail('The token has expired');
  if (e instanceof errors.JWTClaimValidationFailed) {
    return fail(CLAIM_MESSAGES[e.claim] ?? 'The token has invalid claims');
  }
  if (e instanceof errors.JOSEAlgNotAllowed) return fail('The token must be signed with RS256');
  if (e instanceof errors.JWSSignatureVerificationFailed) return fail('The token signature is invalid');
  if (isTokenKeyProblem(e)) return fail('The token was signed with an unknown key');
  if (e instanceof errors.JWSInvalid || e instanceof errors.JWTInvalid) return fail('The token is malformed');
  return fail('The token could not be verified');
}
