import { audit } from '../audit/audit-writer.js';
import { LanternError, notFound } from '../errors.js';
import type { School } from '../model/school.js';
import { allow } from '../policy/index.js';
import { schoolCalendarSchema } from '../validation/calendar-input.js';
import { parseInput } from '../validation/parse.js';
import { requireAbility } from './access-guard.js';
import type { Deps, RequestContext } from './context.js';
import { ACCESS_FACTS } from './get-access-config.js';
import { diffFields } from './record-changes.js';
import { saveSchoolSettings, schoolForUpdate } from './save-school-settings.js';

const view = (s: School) => ({ timeZone: s.timeZone, terms: s.calendar?.terms ?? [], closures: s.calendar?.closures ?? [], endOfDay: s.calendar?.endOfDay ?? '17:00' });

/** The school's terms and closure days; admins and DSLs. */
export async function getSchoolCalendar(deps: Deps, ctx: RequestContext) {
  const facts = { ...ACCESS_FACTS, action: 'calendar.read' };
  if (!allow(ctx.actor, 'manageAccess') && !allow(ctx.actor, 'manageReferrals')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only Lantern admins and DSLs can see the school calendar settings.');
  }
  const found = await deps.store.access.get(ctx.school.id);
  if (!found) throw notFound('This school');
  return { calendar: view(found.value), etag: found.etag };
}

/**
 * Replaces the school's terms and closure days (If-Match on the school). The
 * change is versioned and audited in the school configuration's own chain,
 * like the access mapping. Admins only.
 */
export async function updateSchoolCalendar(deps: Deps, ctx: RequestContext, body: unknown, ifMatch?: string) {
  const facts = { ...ACCESS_FACTS, action: 'calendar.update' };
  await requireAbility(deps, ctx, 'manageAccess', facts, 'Only a Lantern admin can change term dates.');
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the calendar you are changing.');
  const input = parseInput(schoolCalendarSchema, body, 'school calendar');
  const found = await schoolForUpdate(deps, ctx, ifMatch);
  const next: School = { ...found.value, calendar: { ...input, closures: [...new Set(input.closures)].sort() } };
  const changes = diffFields(found.value, next, ['calendar']);
  if (changes.length === 0) return { calendar: view(found.value), etag: found.etag, changed: false };
  const saved = await saveSchoolSettings(deps, ctx, found, next, changes, facts);
  return { calendar: view(saved.value), etag: saved.etag, changed: true };
}
