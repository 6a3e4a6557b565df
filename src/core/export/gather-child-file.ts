import { childDisplayName, type Child } from '../model/child.js';
import type { ConcernVersion } from '../model/concern.js';
import type { Referral } from '../model/referral.js';
import type { School } from '../model/school.js';
import type { Page, PageRequest, Store } from '../ports/store.js';
import type { ChildFile, FileSection } from './child-file.js';
import { childIdsOf, concernEntries } from './concern-entries.js';
import { PeopleRegister } from './people.js';
import { referralEntry } from './referral-entries.js';

const MAX_PAGES = 10_000;
const VERSION_READS_AT_ONCE = 8;

/**
 * Adds sections to a child's file (e.g. transfers, retention reviews). Mention
 * every person through `people` so they are redacted like everyone else.
 */
export type ChildFileContributor = (store: Store, school: School, child: Child, people: PeopleRegister) => Promise<FileSection[]>;

/**
 * Everything Lantern holds about one child, unredacted: the child's record,
 * every concern naming them (with its history), their referrals with contact
 * logs, and whatever contributors add. Reads only the school's partition.
 * `undefined` when the school has no such child.
 */
export async function gatherChildFile(store: Store, school: School, childId: string, contributors: readonly ChildFileContributor[] = []): Promise<ChildFile | undefined> {
  const [child] = await store.children.getMany(school.id, [childId]);
  if (!child) return undefined;
  const people = new PeopleRegister(child.id);
  const concerns = await all((page) => store.concerns.query(school.id, { scope: { kind: 'all' }, childId, order: 'occurredAt-asc' }, page));
  const versions = new Map<string, ConcernVersion[]>();
  // A concern never changed (version 1) has no earlier versions: no query. The others are read a few at a time.
  for (const c of concerns) if (c.version <= 1) versions.set(c.id, []);
  const changed = concerns.filter((c) => c.version > 1);
  for (let i = 0; i < changed.length; i += VERSION_READS_AT_ONCE) {
    const batch = changed.slice(i, i + VERSION_READS_AT_ONCE);
    const read = await Promise.all(batch.map((c) => store.concerns.versions(school.id, c.id)));
    batch.forEach((c, k) => versions.set(c.id, read[k]!));
  }
  const others = await store.children.getMany(school.id, [...new Set(concerns.flatMap((c) => childIdsOf(c, versions.get(c.id)!)))]);
  const byId = new Map(others.map((c) => [c.id, c]));
  const concernSection: FileSection = { key: 'concerns', title: 'Concerns', entries: concerns.flatMap((c) => concernEntries(c, versions.get(c.id)!, byId, people)) };
  const referrals = await all<Referral>((page) => store.referrals.query(school.id, { childId }, page));
  const referralSection: FileSection = { key: 'referrals', title: 'Referrals to other agencies', entries: referrals.map((r) => referralEntry(r, people)).sort(byAt) };
  const extra: FileSection[] = [];
  for (const contribute of contributors) extra.push(...(await contribute(store, school, child, people)));
  await addCandidates(store, school, child, people);
  return {
    child: { id: child.id, name: childDisplayName(child), givenName: child.givenName, familyName: child.familyName, dateOfBirth: child.dateOfBirth, upn: child.upn, yearGroup: child.yearGroup },
    school: { id: school.id, name: school.name },
    sections: [concernSection, referralSection, ...extra],
    people: people.all(),
  };
}

const byAt = (a: { at?: string }, b: { at?: string }) => (a.at ?? '').localeCompare(b.at ?? '');

async function all<T>(fetch: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await fetch({ limit: 100, cursor });
    items.push(...page.items);
    cursor = page.cursor;
    if (!cursor) break;
  }
  return items;
}


/**
 * Everyone else Lantern knows who might be named in free text, registered
 * after the people the records name (so markers follow first appearance):
 * the child's adults, people in case notes, and every child on roll or former
 * pupil. Only those actually found in the text end up in the review list.
 */
async function addCandidates(store: Store, school: School, child: Child, people: PeopleRegister): Promise<void> {
  for (const a of await store.family.adultsOf(school.id, child.id)) people.thirdParty(a.name, a.relationship, { firstNameAlone: true, parentalResponsibility: a.parentalResponsibility });
  for (const n of await store.caseNotes.list(school.id, { childId: child.id })) {
    for (const w of n.with) if (w.name.trim()) people.thirdParty(w.name, w.organisation ? `${w.relationship}, ${w.organisation}` : w.relationship, { firstNameAlone: true });
  }
  for (const c of await store.children.list(school.id)) people.child(c, 'pupil on roll');
}
