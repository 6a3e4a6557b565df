import { LanternError, notFound } from '../errors.js';
import type { School } from '../model/school.js';
import type { PeopleDirectory } from '../ports/people-directory.js';
import { accessConfigUpdateSchema } from '../validation/access-input.js';
import { ACCESS_TRACKED, applyAccessUpdate, namers, openChanges, proposeAccessChange, wideningOf } from './access-changes.js';
import { parseInput } from '../validation/parse.js';
import { requireAbility } from './access-guard.js';
import { accessView, groupNames } from './access-view.js';
import { checkCategories } from './check-references.js';
import type { Deps, RequestContext } from './context.js';
import { ACCESS_FACTS, ADMIN_ONLY } from './get-access-config.js';
import { diffFields } from './record-changes.js';
import { saveSchoolSettings } from './save-school-settings.js';


/**
 * Changes which groups give which roles (If-Match). The change is versioned
 * with every field's value before and after, and audited in the configuration's
 * own chain, in one atomic write. Admins only. A change that widens who reads
 * concern content is stored as pending instead, for a second person (a DSL) to approve.
 */
export async function updateAccessConfig(deps: Deps, ctx: RequestContext, body: unknown, ifMatch?: string, people?: PeopleDirectory) {
  const facts = { ...ACCESS_FACTS, action: 'access.update' };
  await requireAbility(deps, ctx, 'manageAccess', facts, ADMIN_ONLY);
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the access configuration you are changing.');
  const update = parseInput(accessConfigUpdateSchema, body, 'access configuration');
  const found = await deps.store.access.get(ctx.school.id);
  if (!found) throw notFound('This school');
  if (found.etag !== ifMatch) throw staleVersion(found.value);
  update.categoryReaders?.forEach((r, i) => checkCategories(found.value, r.categories, `categoryReaders.${i}.categories`));

  const before = found.value.access;
  const after = applyAccessUpdate(before, update);
  const changes = diffFields(before, after, ACCESS_TRACKED);
  const now = deps.clock();
  if (changes.length === 0) return { access: accessView(found, await deps.store.access.versions(ctx.school.id), undefined, now), etag: found.etag, changed: false, pending: false };

  // Two-person rule: a change that widens who reads concern content waits for a DSL other than the person asking.
  const names = namers({ ...found.value, access: { ...before, categoryReaders: [...after.categoryReaders, ...before.categoryReaders] } }, await groupNames(people, { ...found.value, access: after }));
  const widening = wideningOf(before, after, names.group, names.category);
  if (widening.length > 0) {
    const { saved } = await proposeAccessChange(deps, ctx, found, update, widening);
    return { access: accessView(saved, await deps.store.access.versions(ctx.school.id), undefined, now), etag: saved.etag, changed: false, pending: true };
  }
  const saved = await saveSchoolSettings(deps, ctx, found, { ...found.value, access: after, pendingAccessChanges: openChanges(found.value, now) }, changes, facts);
  return { access: accessView(saved, await deps.store.access.versions(ctx.school.id), undefined, now), etag: saved.etag, changed: true, pending: false };
}

const staleVersion = (s: School) =>
  new LanternError(
    'version_conflict',
    `Someone else changed the access configuration (now at change ${s.accessVersion ?? 0}) after you opened it. Reload to see their change, then make yours again.`,
  );
