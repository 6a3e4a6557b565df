import type { Actor } from '../model/actor.js';
import { childDisplayName, type Child } from '../model/child.js';
import type { Concern, ConcernVersion } from '../model/concern.js';
import { serializeAbilities } from '../policy/index.js';

/** What a caller sees of a concern: content, who may do what, never internal bookkeeping. */
export function concernView(actor: Actor, concern: Concern, children?: readonly Child[]) {
  const { requestHash: _h, auditHead: _a, childIds: _c, alertedOids: _o, actionOids: _ao, type: _t, ...visible } = concern;
  const names = new Map(children?.map((c) => [c.id, { name: childDisplayName(c), yearGroup: c.yearGroup }]));
  return {
    ...visible,
    children: concern.children.map((c) => ({ ...c, ...names.get(c.childId) })),
    can: serializeAbilities(actor, concern),
  };
}

export function versionView(v: ConcernVersion) {
  return { version: v.version, changedBy: v.changedBy, changedAt: v.changedAt, changes: v.changes };
}

export type ConcernView = ReturnType<typeof concernView>;
