import { audit } from '../audit/audit-writer.js';
import { LanternError, notFound } from '../errors.js';
import { hasRole } from '../model/actor.js';
import type { School } from '../model/school.js';
import { allowAdultConcerns } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { ACCESS_FACTS } from '../usecases/get-access-config.js';
import { diffFields } from '../usecases/record-changes.js';
import { saveSchoolSettings, schoolForUpdate } from '../usecases/save-school-settings.js';
import { NO_ADULT_SETTINGS } from './adult-concern.js';
import { adultConcernSettingsSchema } from './adult-concern-input.js';

const view = (s: School) => s.adultConcerns ?? NO_ADULT_SETTINGS;

/** Who the case managers are and whether DSLs read concerns about adults; admins, DSLs and case managers see it. */
export async function getAdultConcernSettings(deps: Deps, ctx: RequestContext) {
  const facts = { ...ACCESS_FACTS, action: 'caseManagers.settings.read' };
  const a = ctx.actor;
  if (!(hasRole(a, 'admin') || hasRole(a, 'dsl') || a.caseManager !== undefined)) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only Lantern admins, DSLs and case managers can see who handles concerns about adults.');
  }
  const found = await deps.store.access.get(ctx.school.id);
  if (!found) throw notFound('This school');
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  return { settings: view(found.value), etag: found.etag };
}

/** Replaces the setting (If-Match on the school); versioned and audited in the school configuration's chain. Admins only. */
export async function updateAdultConcernSettings(deps: Deps, ctx: RequestContext, body: unknown, ifMatch?: string) {
  const facts = { ...ACCESS_FACTS, action: 'caseManagers.settings.update' };
  if (!allowAdultConcerns(ctx.actor, 'configure', ctx.school.adultConcerns)) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only a Lantern admin can choose who handles concerns about adults.');
  }
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the settings you are changing.');
  const input = parseInput(adultConcernSettingsSchema, body, 'settings for concerns about adults');
  const found = await schoolForUpdate(deps, ctx, ifMatch);
  const next: School = { ...found.value, adultConcerns: input };
  const changes = diffFields({ adultConcerns: view(found.value) }, { adultConcerns: input }, ['adultConcerns']);
  if (changes.length === 0) return { settings: view(found.value), etag: found.etag, changed: false };
  const saved = await saveSchoolSettings(deps, ctx, found, next, changes, facts);
  return { settings: view(saved.value), etag: saved.etag, changed: true };
}
