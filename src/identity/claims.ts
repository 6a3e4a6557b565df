import type { JWTPayload } from 'jose';
import { cleanName } from '../core/validation/text.js';
import { LanternError, withReason } from '../core/errors.js';

/** The scope the Teams tab requests for Lantern's API. */
export const REQUIRED_SCOPE = 'access_as_user';

/** What Lantern knows about a caller once their token has been verified. */
export interface VerifiedToken {
  tenantId: string;
  oid: string;
  name: string;
  /** Entra group object ids, when the token carries them. */
  groups?: string[];
  /** True when the tenant had too many groups to list in the token. */
  groupsOverage: boolean;
  scopes: string[];
  /** The client (azp) that obtained the token, e.g. Teams desktop. */
  clientId: string;
}

export interface ClaimRules {
  tenantId: string;
  allowedClientIds: ReadonlySet<string>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isGuid = (value: unknown): value is string => typeof value === 'string' && GUID.test(value);

const unauthenticated = (message: string) => new LanternError('unauthenticated', message);

/**
 * Checks the Entra-specific claims of a token whose signature, issuer,
 * audience and lifetime jose has already verified, and shapes the result.
 */
export function readClaims(payload: JWTPayload, rules: ClaimRules): VerifiedToken {
  const { tid, oid, azp } = payload;
  if (!isGuid(tid)) throw unauthenticated('The token has no valid tenant (tid) claim');
  if (tid.toLowerCase() !== rules.tenantId.toLowerCase()) {
    throw withReason(unauthenticated('The token belongs to another organisation'), 'other_tenant');
  }
  if (!isGuid(oid)) throw unauthenticated('The token has no valid user (oid) claim');
  if (typeof azp !== 'string' || !rules.allowedClientIds.has(azp.toLowerCase())) {
    throw unauthenticated('The token was issued to an app that may not call Lantern');
  }
  const scopes = readScopes(payload.scp);
  if (!scopes.includes(REQUIRED_SCOPE)) {
    throw new LanternError(
      'forbidden',
      `This token lacks the ${REQUIRED_SCOPE} scope; sign in to Lantern from its Teams tab`,
    );
  }
  return {
    tenantId: tid.toLowerCase(),
    oid: oid.toLowerCase(),
    name: typeof payload.name === 'string' ? cleanName(payload.name) : '',
    ...readGroups(payload),
    scopes,
    clientId: azp.toLowerCase(),
  };
}

function readScopes(scp: unknown): string[] {
  if (scp === undefined) return [];
  if (typeof scp !== 'string') throw unauthenticated('The token has a malformed scp claim');
  return scp.split(' ').filter((s) => s !== '');
}

function readGroups(payload: JWTPayload): { groups?: string[]; groupsOverage: boolean } {
  const { groups } = payload;
  if (groups !== undefined) {
    if (!Array.isArray(groups) || !groups.every((g) => typeof g === 'string')) {
      throw unauthenticated('The token has a malformed groups claim');
    }
    return { groups: [...groups], groupsOverage: false };
  }
  return { groupsOverage: signalsGroupOverage(payload) };
}

/**
 * Entra omits `groups` and points `_claim_names.groups` at a claim source when
 * a user is in too many groups (`hasgroups: true` in implicit-flow tokens).
 * The source's URL is never followed: groups are resolved via Graph elsewhere.
 */
function signalsGroupOverage(payload: JWTPayload): boolean {
  const names = payload._claim_names;
  const viaClaimNames =
    typeof names === 'object' && names !== null && !Array.isArray(names) && 'groups' in names;
  return viaClaimNames || payload.hasgroups === true;
}
