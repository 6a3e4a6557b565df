import { audit } from '../audit/audit-writer.js';
import { LanternError, notFound } from '../errors.js';
import { agenciesOf } from '../model/agency-timescales.js';
import { DEFAULT_ALERT_SETTINGS, type School } from '../model/school.js';
import { allow } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import { referralSettingsSchema } from '../validation/referral-settings-input.js';
import { requireAbility } from './access-guard.js';
import type { Deps, RequestContext } from './context.js';
import { ACCESS_FACTS } from './get-access-config.js';
import { diffFields } from './record-changes.js';
import { saveSchoolSettings, schoolForUpdate } from './save-school-settings.js';

/** What the school uses now: its own settings, or the defaults where it has none. */
const effective = (s: School): School => ({
  ...s,
  referralSettings: { agencies: agenciesOf(s) },
  alerts: s.alerts ?? DEFAULT_ALERT_SETTINGS,
});
const view = (s: School) => {
  const e = effective(s);
  return { agencies: e.referralSettings!.agencies, alerts: e.alerts! };
};

/** The school's agencies, their milestones and the alert settings; admins and DSLs (the refer form lists the agencies). */
export async function getReferralSettings(deps: Deps, ctx: RequestContext) {
  const facts = { ...ACCESS_FACTS, action: 'referralSettings.read' };
  if (!allow(ctx.actor, 'manageAccess') && !allow(ctx.actor, 'manageReferrals')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only Lantern admins and DSLs can see the referral settings.');
  }
  const found = await deps.store.access.get(ctx.school.id);
  if (!found) throw notFound('This school');
  return { settings: view(found.value), etag: found.etag };
}

/**
 * Replaces the school's agencies, milestones and alert settings (If-Match on
 * the school). New referrals get the new milestones; existing ones keep
 * theirs. Versioned and audited in the school configuration's own chain,
 * like the access mapping and the calendar. Admins only.
 */
export async function updateReferralSettings(deps: Deps, ctx: RequestContext, body: unknown, ifMatch?: string) {
  const facts = { ...ACCESS_FACTS, action: 'referralSettings.update' };
  await requireAbility(deps, ctx, 'manageAccess', facts, 'Only a Lantern admin can change agencies and timescales.');
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the referral settings you are changing.');
  const input = parseInput(referralSettingsSchema, body, 'referral settings');
  const found = await schoolForUpdate(deps, ctx, ifMatch);
  const before = effective(found.value);
  const next: School = { ...found.value, referralSettings: { agencies: input.agencies }, alerts: input.alerts };
  const changes = diffFields(before, next, ['referralSettings', 'alerts']);
  if (changes.length === 0) return { settings: view(found.value), etag: found.etag, changed: false };
  const saved = await saveSchoolSettings(deps, ctx, found, next, changes, facts);
  return { settings: view(saved.value), etag: saved.etag, changed: true };
}
