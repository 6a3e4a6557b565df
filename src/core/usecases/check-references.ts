import { invalid, type FieldProblem } from '../errors.js';
import type { Child } from '../model/child.js';
import type { ConcernChild } from '../model/concern.js';
import type { School } from '../model/school.js';
import type { Store } from '../ports/store.js';

/** Future-dated events are refused beyond this allowance for clock drift. */
export const FUTURE_SKEW_MS = 5 * 60 * 1000;

export function checkCategories(school: School, categories: readonly string[], path = 'categories'): void {
  const active = new Set(school.categories.filter((c) => c.active).map((c) => c.id));
  const problems: FieldProblem[] = categories
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !active.has(id))
    .map(({ id, i }) => ({ path: `${path}.${i}`, message: `"${id}" is not a category in use at this school` }));
  if (problems.length) throw invalid(`Unknown category — ${problems[0]!.message}.`, problems);
}

/** Every child exists at the school; with `occurredAt`, the event is not before any child's birth. */
export async function checkChildren(store: Store, schoolId: string, children: readonly ConcernChild[], path = 'children', occurredAt?: string) {
  const ids = children.map((c) => c.childId);
  const known = await store.children.getMany(schoolId, ids);
  const found = new Set(known.map((c) => c.id));
  const problems: FieldProblem[] = ids
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !found.has(id))
    .map(({ i }) => ({ path: `${path}.${i}.childId`, message: 'no child with this id at your school' }));
  if (problems.length) throw invalid(`Unknown child — ${problems[0]!.path}: ${problems[0]!.message}.`, problems);
  if (occurredAt) checkAfterBirth(known, occurredAt, path.replace(/children$/, 'occurredAt'));
}

function checkAfterBirth(children: readonly Child[], occurredAt: string, path: string): void {
  const day = new Date(occurredAt).toISOString().slice(0, 10);
  if (children.some((c) => day < c.dateOfBirth)) {
    const message = 'is before the date of birth of a child in this concern; check the date';
    throw invalid(`${path} ${message}.`, [{ path, message }]);
  }
}

export function checkNotFuture(occurredAt: string, now: Date, path = 'occurredAt'): void {
  if (Date.parse(occurredAt) > now.getTime() + FUTURE_SKEW_MS) {
    const message = 'is in the future; give the date and time the event happened';
    throw invalid(`${path} ${message}.`, [{ path, message }]);
  }
}
