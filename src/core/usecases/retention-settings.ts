import { audit } from '../audit/audit-writer.js';
import { LanternError, invalid, notFound } from '../errors.js';
import { DEFAULT_RETENTION } from '../model/retention.js';
import type { School } from '../model/school.js';
import { allowRecords } from '../policy/index.js';
import { parseInput } from '../validation/parse.js';
import { retentionSettingsSchema } from '../validation/retention-input.js';
import type { Deps, RequestContext } from './context.js';
import { ACCESS_FACTS } from './get-access-config.js';
import { diffFields } from './record-changes.js';
import { saveSchoolSettings, schoolForUpdate } from './save-school-settings.js';
import { requireRecordsAbility } from './records-guard.js';

const view = (s: School) => ({ ...(s.retention ?? DEFAULT_RETENTION), categories: s.categories.map((c) => ({ id: c.id, name: c.name })) });

/** Retention periods (years from date of birth) by default and per category; admins and DSLs read them. */
export async function getRetentionSettings(deps: Deps, ctx: RequestContext) {
  const facts = { ...ACCESS_FACTS, action: 'retention.settings.read' };
  if (!allowRecords(ctx.actor, 'readRetentionSettings')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'Only Lantern admins and DSLs can see retention periods.');
  }
  const found = await deps.store.access.get(ctx.school.id);
  if (!found) throw notFound('This school');
  return { settings: view(found.value), etag: found.etag };
}

/** Replaces the retention periods (If-Match on the school); versioned and audited in the school configuration's chain. Admins only. */
export async function updateRetentionSettings(deps: Deps, ctx: RequestContext, body: unknown, ifMatch?: string) {
  const facts = { ...ACCESS_FACTS, action: 'retention.settings.update' };
  await requireRecordsAbility(deps, ctx, 'configureRetention', facts, 'Only a Lantern admin can change retention periods.');
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the settings you are changing.');
  const input = parseInput(retentionSettingsSchema, body, 'retention settings');
  const found = await schoolForUpdate(deps, ctx, ifMatch);
  checkCategories(found.value, Object.keys(input.categoryYears));
  const next: School = { ...found.value, retention: input };
  const changes = diffFields({ retention: found.value.retention ?? DEFAULT_RETENTION }, { retention: input }, ['retention']);
  if (changes.length === 0) return { settings: view(found.value), etag: found.etag, changed: false };
  const saved = await saveSchoolSettings(deps, ctx, found, next, changes, facts);
  return { settings: view(saved.value), etag: saved.etag, changed: true };
}

function checkCategories(school: School, ids: string[]) {
  const known = new Set(school.categories.map((c) => c.id));
  const problems = ids.filter((id) => !known.has(id)).map((id) => ({ path: `categoryYears.${id}`, message: 'no such category in this school' }));
  if (problems.length) throw invalid(`The retention settings are not valid — ${problems[0]!.path}: ${problems[0]!.message}.`, problems);
}
