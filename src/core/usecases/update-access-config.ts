import { LanternError, notFound } from '../errors.js';
import type { AccessConfig, School } from '../model/school.js';
import { accessConfigUpdateSchema, type AccessConfigUpdate } from '../validation/access-input.js';
import { parseInput } from '../validation/parse.js';
import { requireAbility } from './access-guard.js';
import { accessView } from './access-view.js';
import { checkCategories } from './check-references.js';
import type { Deps, RequestContext } from './context.js';
import { ACCESS_FACTS, ADMIN_ONLY } from './get-access-config.js';
import { diffFields } from './record-changes.js';
import { saveSchoolSettings } from './save-school-settings.js';

const TRACKED: (keyof AccessConfig)[] = ['staffGroups', 'dslGroups', 'adminGroups', 'escalationGroups', 'categoryReaders', 'rosterSource'];

/**
 * Changes which groups give which roles (If-Match). The change is versioned
 * with every field's value before and after, and audited in the configuration's
 * own chain, in one atomic write. Admins only.
 */
export async function updateAccessConfig(deps: Deps, ctx: RequestContext, body: unknown, ifMatch?: string) {
  const facts = { ...ACCESS_FACTS, action: 'access.update' };
  await requireAbility(deps, ctx, 'manageAccess', facts, ADMIN_ONLY);
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the access configuration you are changing.');
  const update = parseInput(accessConfigUpdateSchema, body, 'access configuration');
  const found = await deps.store.access.get(ctx.school.id);
  if (!found) throw notFound('This school');
  if (found.etag !== ifMatch) throw staleVersion(found.value);
  update.categoryReaders?.forEach((r, i) => checkCategories(found.value, r.categories, `categoryReaders.${i}.categories`));

  const before = found.value.access;
  const after = applyUpdate(before, update);
  const changes = diffFields(before, after, TRACKED);
  if (changes.length === 0) return { access: accessView(found, await deps.store.access.versions(ctx.school.id), undefined), etag: found.etag, changed: false };

  const saved = await saveSchoolSettings(deps, ctx, found, { ...found.value, access: after }, changes, facts);
  return { access: accessView(saved, await deps.store.access.versions(ctx.school.id), undefined), etag: saved.etag, changed: true };
}

function applyUpdate(current: AccessConfig, u: AccessConfigUpdate): AccessConfig {
  const next: AccessConfig = { ...current };
  if (u.staffGroups) next.staffGroups = u.staffGroups;
  if (u.dslGroups) next.dslGroups = u.dslGroups;
  if (u.adminGroups) next.adminGroups = u.adminGroups;
  if (u.escalationGroups) next.escalationGroups = u.escalationGroups;
  if (u.categoryReaders) next.categoryReaders = u.categoryReaders;
  if (u.rosterSource === null) delete next.rosterSource;
  else if (u.rosterSource) next.rosterSource = u.rosterSource;
  return next;
}

const staleVersion = (s: School) =>
  new LanternError(
    'version_conflict',
    `Someone else changed the access configuration (now at change ${s.accessVersion ?? 0}) after you opened it. Reload to see their change, then make yours again.`,
  );
