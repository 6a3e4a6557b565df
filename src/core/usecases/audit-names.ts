import type { AuditEvent } from '../model/audit-event.js';
import { transferRef } from '../model/transfer.js';
import { cleanName } from '../validation/text.js';
import { concernRef } from './concern-ids.js';
import type { Deps, RequestContext } from './context.js';
import { referralRef } from './referral-ids.js';
import { subjectAccessRef } from './subject-access-ids.js';

export interface AuditPerson {
  oid: string;
  name: string;
}

/**
 * The school's people by name, for the audit trail: members of the groups the
 * school maps to a Lantern role, from the directory (Microsoft Graph, or the
 * local personas); without one, the people Lantern reaches in Teams. Names are
 * for reading the trail only, so a directory that does not answer loses the
 * names, never the trail. The caller is always named.
 */
export async function auditPeople(deps: Deps, ctx: RequestContext): Promise<AuditPerson[]> {
  const names = new Map<string, string>([[ctx.actor.oid.toLowerCase(), cleanName(ctx.actor.name)]]);
  try {
    if (deps.people) {
      const { staffGroups, dslGroups, adminGroups } = ctx.school.access;
      const groups = [...new Set([...staffGroups, ...dslGroups, ...adminGroups])];
      const members = await Promise.all(groups.map((g) => deps.people!.membersOf(ctx.school.tenantId, g)));
      for (const p of members.flat()) names.set(p.oid.toLowerCase(), cleanName(p.name));
    } else {
      for (const a of await deps.store.conversations.addresses(ctx.school.id)) names.set(a.oid.toLowerCase(), cleanName(a.name));
    }
  } catch {
    // The trail still lists every event; people the directory could not name are shown as not known.
  }
  return [...names].map(([oid, name]) => ({ oid, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The short references people read aloud (C-…, R-…, S-…, T-…), by record type. */
const REFS: Record<string, (id: string) => string> = {
  concern: concernRef,
  referral: referralRef,
  subjectAccessRequest: subjectAccessRef,
  transfer: transferRef,
};

/**
 * How a row names its record for a reader: a concern, referral, request or
 * transfer by its reference; a child by name, for DSLs only (`children` is
 * empty for anyone else, and their rows carry no child id to look up).
 */
export function recordRef(event: Pick<AuditEvent, 'recordType' | 'recordId'>, children: ReadonlyMap<string, string>): string | undefined {
  if (event.recordId === '*' || event.recordId === '-') return undefined;
  const ref = REFS[event.recordType];
  if (ref) return ref(event.recordId);
  if (event.recordType === 'child') return children.get(event.recordId);
  return undefined;
}

/** Names of the children rows are about, for a reader who may link children to the trail. */
export async function auditChildNames(deps: Deps, ctx: RequestContext, events: readonly AuditEvent[]): Promise<Map<string, string>> {
  const ids = [...new Set(events.filter((e) => e.recordType === 'child').map((e) => e.recordId))];
  if (ids.length === 0) return new Map();
  const children = await deps.store.children.getMany(ctx.school.id, ids).catch(() => []);
  return new Map(children.map((c) => [c.id, `${c.givenName} ${c.familyName}`]));
}
