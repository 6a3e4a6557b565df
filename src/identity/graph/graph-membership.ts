import { createHash } from 'node:crypto';
import { LanternError } from '../../core/errors.js';
import type { GroupMembership } from '../../core/ports/group-membership.js';
import type { MembershipCache } from '../membership-cache.js';
import type { GraphApi } from './graph-api.js';
import { GraphFailure, toGraphFailure } from './graph-errors.js';

/** Graph's checkMemberGroups takes at most 20 group ids per call. */
const CHECK_LIMIT = 20;

export interface GraphMembershipOptions {
  graph: GraphApi;
  /** The configured tenant: Lantern reads group memberships of its own tenant only. */
  tenantId: string;
  /** The group ids the tenant's schools map to roles (the only ones Lantern asks about). */
  candidates(tenantId: string): Promise<string[]>;
  cache: MembershipCache;
  onFailure?: (failure: GraphFailure) => void;
}

/**
 * Which of the mapped groups a person is in, transitively, from Microsoft
 * Graph (`checkMemberGroups`). One module serves both doors: the API's group
 * overage resolver and the bot's GroupMembership port. It never reads the
 * token's `_claim_sources` URL, and a failure refuses access, never guesses it.
 */
export function createGraphMembership(opts: GraphMembershipOptions): GroupMembership {
  return {
    async groupsOf(tenantId, oid) {
      if (tenantId.toLowerCase() !== opts.tenantId.toLowerCase()) throw cannotCheck('the person belongs to another organisation');
      const ids = [...new Set((await opts.candidates(tenantId)).map((id) => id.toLowerCase()))].sort();
      if (ids.length === 0) return [];
      const key = `${tenantId.toLowerCase()}|${oid.toLowerCase()}|${createHash('sha256').update(ids.join(',')).digest('base64url')}`;
      try {
        return await opts.cache.get(key, () => memberOf(opts.graph, oid, ids));
      } catch (e) {
        const failure = toGraphFailure(e, 'checkMemberGroups');
        opts.onFailure?.(failure);
        throw cannotCheck(failure.status ? `Microsoft Graph answered ${failure.status}${failure.code ? ` ${failure.code}` : ''}` : 'Microsoft Graph did not answer');
      }
    },
  };
}

/** The subset of `ids` (≤ 20 per request) that `oid` is a member of, nested groups included. */
async function memberOf(graph: GraphApi, oid: string, ids: string[]): Promise<string[]> {
  const found: string[] = [];
  for (let i = 0; i < ids.length; i += CHECK_LIMIT) {
    const groupIds = ids.slice(i, i + CHECK_LIMIT);
    const res = await graph.post<{ value?: unknown }>(`/users/${encodeURIComponent(oid)}/checkMemberGroups`, { groupIds });
    if (!Array.isArray(res.value)) throw new GraphFailure('Microsoft Graph gave checkMemberGroups an answer without a value list');
    const asked = new Set(groupIds);
    found.push(...res.value.filter((g): g is string => typeof g === 'string' && asked.has(g.toLowerCase())).map((g) => g.toLowerCase()));
  }
  return found;
}

const cannotCheck = (why: string) =>
  new LanternError(
    'forbidden',
    `Lantern could not check your group memberships with Microsoft Graph just now (${why}), so it cannot let you in. Try again in a minute; if this keeps happening, tell your Lantern admin.`,
  );
