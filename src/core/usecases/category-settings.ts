import { audit } from '../audit/audit-writer.js';
import { LanternError, invalid, notFound } from '../errors.js';
import { SUGGESTED_CATEGORIES, type Category } from '../model/category.js';
import type { School } from '../model/school.js';
import { allowRecords } from '../policy/index.js';
import { categorySettingsSchema, type CategorySettingsInput } from '../validation/category-input.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from './context.js';
import { ACCESS_FACTS } from './get-access-config.js';
import { diffFields } from './record-changes.js';
import { saveSchoolSettings, schoolForUpdate } from './save-school-settings.js';
import { requireRecordsAbility } from './records-guard.js';

const MANAGERS_ONLY = 'Only a Lantern admin or a DSL can change the categories.';

const view = (s: School) => ({
  categories: s.categories.map((c) => ({ id: c.id, name: c.name, active: c.active, restricted: c.restricted === true })),
  suggested: SUGGESTED_CATEGORIES.filter((name) => !s.categories.some((c) => c.name.toLowerCase() === name.toLowerCase())),
});

/** The school's categories (in use, retired, restricted to DSLs) and the suggested additions not yet added. */
export async function getCategorySettings(deps: Deps, ctx: RequestContext) {
  const facts = { ...ACCESS_FACTS, action: 'categories.read' };
  if (!allowRecords(ctx.actor, 'manageCategories')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', MANAGERS_ONLY);
  }
  const found = await deps.store.access.get(ctx.school.id);
  if (!found) throw notFound('This school');
  return { settings: view(found.value), etag: found.etag };
}

/**
 * Adds, renames, retires and restricts categories (If-Match on the school);
 * versioned and audited in the school configuration's chain. A category is
 * never deleted: concerns keep the categories they were logged under.
 */
export async function updateCategorySettings(deps: Deps, ctx: RequestContext, body: unknown, ifMatch?: string) {
  const facts = { ...ACCESS_FACTS, action: 'categories.update' };
  await requireRecordsAbility(deps, ctx, 'manageCategories', facts, MANAGERS_ONLY);
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the categories you are changing.');
  const input = parseInput(categorySettingsSchema, body, 'categories');
  const found = await schoolForUpdate(deps, ctx, ifMatch);
  const categories = nextCategories(found.value.categories, input);
  const changes = diffFields({ categories: found.value.categories }, { categories }, ['categories']);
  if (changes.length === 0) return { settings: view(found.value), etag: found.etag, changed: false };
  const saved = await saveSchoolSettings(deps, ctx, found, { ...found.value, categories }, changes, facts);
  return { settings: view(saved.value), etag: saved.etag, changed: true };
}

function nextCategories(current: readonly Category[], input: CategorySettingsInput): Category[] {
  const known = new Map(current.map((c) => [c.id, c]));
  const problems = input.categories.flatMap((c, i) => (c.id && !known.has(c.id) ? [{ path: `categories.${i}.id`, message: 'is not one of this school\'s categories' }] : []));
  const kept = new Set(input.categories.map((c) => c.id).filter(Boolean));
  const missing = current.filter((c) => !kept.has(c.id));
  if (missing.length) problems.push({ path: 'categories', message: `categories are retired, never deleted: keep ${missing.map((c) => c.name).join(', ')}` });
  if (problems.length) throw invalid(`The categories are not valid — ${problems[0]!.path}: ${problems[0]!.message}.`, problems);
  const ids = new Set(current.map((c) => c.id));
  return input.categories.map((c) => {
    const id = c.id ?? freshId(c.name, ids);
    ids.add(id);
    return { id, name: c.name, active: c.active, ...(c.restricted ? { restricted: true } : {}) };
  });
}

/** A readable id from the name, unique in the school (ids are never shown to people). */
function freshId(name: string, taken: ReadonlySet<string>): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'category';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
