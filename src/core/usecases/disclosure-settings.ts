import { audit } from '../audit/audit-writer.js';
import { LanternError, notFound } from '../errors.js';
import { effectiveDisclosureDefaults, PERSON_KIND_LABELS, PERSON_KINDS, type DisclosureDefaults } from '../model/disclosure-defaults.js';
import type { School } from '../model/school.js';
import { allowRecords } from '../policy/index.js';
import { disclosureSettingsSchema } from '../validation/disclosure-input.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from './context.js';
import { ACCESS_FACTS } from './get-access-config.js';
import { diffFields } from './record-changes.js';
import { saveSchoolSettings, schoolForUpdate } from './save-school-settings.js';
import { requireRecordsAbility } from './records-guard.js';

const DSL_OR_ADMIN = 'Only a DSL or a Lantern admin can see or change what exports redact by default.';

/** Each kind of person with its label and the school's default now; `custom` says whether the school set any. */
const view = (s: School) => {
  const d = effectiveDisclosureDefaults(s);
  return { kinds: PERSON_KINDS.map((kind) => ({ kind, label: PERSON_KIND_LABELS[kind], choice: d[kind] })), defaults: d, custom: s.disclosureDefaults !== undefined };
};

/** What a subject-access export does with each kind of person until the DSL decides otherwise for one of them. */
export async function getDisclosureSettings(deps: Deps, ctx: RequestContext) {
  const facts = { ...ACCESS_FACTS, action: 'disclosureDefaults.read' };
  if (!allowRecords(ctx.actor, 'manageDisclosureDefaults')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', DSL_OR_ADMIN);
  }
  const found = await deps.store.access.get(ctx.school.id);
  if (!found) throw notFound('This school');
  return { settings: view(found.value), etag: found.etag };
}

/**
 * Changes the defaults (If-Match on the school); kinds left out keep theirs.
 * Versioned and audited in the school configuration's chain like the other
 * school settings. Requests already released are unaffected: each release
 * records what it redacted.
 */
export async function updateDisclosureSettings(deps: Deps, ctx: RequestContext, body: unknown, ifMatch?: string) {
  const facts = { ...ACCESS_FACTS, action: 'disclosureDefaults.update' };
  await requireRecordsAbility(deps, ctx, 'manageDisclosureDefaults', facts, DSL_OR_ADMIN);
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the settings you are changing.');
  const input = parseInput(disclosureSettingsSchema, body, 'disclosure defaults');
  const found = await schoolForUpdate(deps, ctx, ifMatch);
  const before = effectiveDisclosureDefaults(found.value);
  const after: DisclosureDefaults = { ...before };
  for (const k of PERSON_KINDS) {
    const c = input.defaults[k];
    if (c) after[k] = c;
  }
  const changes = diffFields({ disclosureDefaults: before }, { disclosureDefaults: after }, ['disclosureDefaults']);
  if (changes.length === 0) return { settings: view(found.value), etag: found.etag, changed: false };
  const saved = await saveSchoolSettings(deps, ctx, found, { ...found.value, disclosureDefaults: after }, changes, facts);
  return { settings: view(saved.value), etag: saved.etag, changed: true };
}
