import { chainedEvent } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import type { RosterRow } from '../model/roster.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import type { ChildAdult } from './family.js';
import { childAdultId } from './family-ids.js';

/**
 * Records the adults with parental responsibility a roster names. Ids are
 * derived from child, name and relationship, so a re-import adds nothing; the
 * roster never removes an adult (a DSL may know better than the MIS).
 */
export async function applyRosterAdults(deps: Deps, ctx: RequestContext, rows: readonly RosterRow[], childIdOf: Map<string, string>) {
  for (const row of rows) {
    const childId = childIdOf.get(row.upn);
    if (!childId) continue;
    for (const p of row.facts?.parents ?? []) {
      const adult: ChildAdult = {
        id: childAdultId(ctx.school.id, childId, p.name, p.relationship), type: 'childAdult', schoolId: ctx.school.id, childId,
        name: p.name, relationship: p.relationship, parentalResponsibility: true, source: 'roster',
        createdBy: { oid: ctx.actor.oid, name: ctx.actor.name }, recordedAt: deps.clock().toISOString(), version: 1, auditHead: '',
      };
      const event = chainedEvent(deps, ctx, { action: 'childAdult.create', recordType: 'childAdult', recordId: adult.id }, 1, undefined, { record: adult });
      adult.auditHead = event.hash;
      await deps.store.family.createAdult(adult, event).catch((e: unknown) => {
        if (!(e instanceof LanternError && e.code === 'already_exists')) throw e;
      });
    }
  }
}
