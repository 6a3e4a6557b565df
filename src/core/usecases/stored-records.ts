import type { StoredRecord } from '../audit/verify-records.js';
import type { Page, PageRequest, Store } from '../ports/store.js';

const MAX_PAGES = 10_000;

async function all<T>(load: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await load({ limit: 100, cursor });
    items.push(...page.items);
    cursor = page.cursor;
    if (!cursor) break;
  }
  return items;
}

type Versioned = { id: string; version: number };
const stored = <R extends { id: string; auditHead: string }>(r: R, versions: readonly Versioned[]): StoredRecord => ({
  id: r.id,
  auditHead: r.auditHead,
  record: r,
  versions: versions.map((v) => ({ id: v.id, version: v.version, doc: v })),
});

/** Every audited record of a school (concerns, referrals, subject access requests, case notes, statuses, family, concerns about adults), each with its kept versions, for the audit check. */
export async function storedRecords(store: Store, schoolId: string): Promise<StoredRecord[]> {
  const [concerns, referrals, requests, notes, flags, family, adults] = await Promise.all([
    all((p) => store.concerns.query(schoolId, { scope: { kind: 'all' }, order: 'recordedAt-asc' }, p)),
    all((p) => store.referrals.query(schoolId, {}, p)),
    all((p) => store.subjectAccess.query(schoolId, {}, p)),
    store.caseNotes.all(schoolId),
    store.statusFlags.all(schoolId),
    store.family.all(schoolId),
    store.adultConcerns.all(schoolId),
  ]);
  const records: StoredRecord[] = [];
  for (const c of concerns) records.push(stored(c, await store.concerns.versions(schoolId, c.id)));
  for (const r of referrals) records.push(stored(r, await store.referrals.versions(schoolId, r.id)));
  for (const s of requests) records.push(stored(s, await store.subjectAccess.versions(schoolId, s.id)));
  const notesVersions = groupBy(notes.versions, (v) => v.caseNoteId);
  for (const n of notes.notes) records.push(stored(n, notesVersions.get(n.id) ?? []));
  const flagVersions = groupBy(flags.versions, (v) => v.statusFlagId);
  for (const f of flags.flags) records.push(stored(f, flagVersions.get(f.id) ?? []));
  const linkVersions = groupBy(family.linkVersions, (v) => v.familyLinkId);
  for (const l of family.links) records.push(stored(l, linkVersions.get(l.id) ?? []));
  for (const a of family.adults) records.push(stored(a, []));
  const adultVersions = groupBy(adults.versions, (v) => v.adultConcernId);
  for (const a of adults.records) records.push(stored(a, adultVersions.get(a.id) ?? []));
  return records;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) (groups.get(key(item)) ?? groups.set(key(item), []).get(key(item))!).push(item);
  return groups;
}
