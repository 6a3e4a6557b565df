import { LanternError } from '../core/errors.js';
import type { Identity } from '../core/model/resolve-actor.js';
import type { TokenValidator } from './token-validator.js';

/**
 * Token → identity with group memberships. When the token signals group
 * overage, memberships must come from Microsoft Graph; until that resolver is
 * configured the request is refused — never allowed on a guess.
 */
export function createAuthenticator(
  validator: TokenValidator,
  resolveOverage?: (tenantId: string, oid: string) => Promise<string[]>,
) {
  return async (authorization: string | undefined): Promise<Identity> => {
    const token = await validator.validate(authorization);
    let groups = token.groups ?? [];
    if (token.groupsOverage) {
      if (!resolveOverage) {
        throw new LanternError('forbidden', 'You are in too many groups for Lantern to read from your token, and group lookup is not configured. Ask your Lantern admin.');
      }
      groups = await resolveOverage(token.tenantId, token.oid);
    }
    return { tenantId: token.tenantId, oid: token.oid, name: token.name, groups };
  };
}
