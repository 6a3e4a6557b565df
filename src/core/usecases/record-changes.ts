import { canonicalJson } from '../audit/canonical-json.js';
import type { FieldChange } from '../model/concern.js';

/** Field-by-field differences between two versions of a record, previous values kept. */
export function diffFields<T extends object>(before: T, after: T, fields: readonly (keyof T)[]): FieldChange[] {
  return fields
    .filter((f) => canonicalJson(before[f]) !== canonicalJson(after[f]))
    .map((f) => ({ field: String(f), before: before[f] ?? null, after: after[f] ?? null }));
}
