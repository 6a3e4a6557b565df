import type { Child } from '../model/child.js';
import { childDisplayName } from '../model/child.js';
import type { ChronologyEntry, ChronologyKind } from './entry.js';
import type { ChronologyQuery } from './query.js';

/** The protective marking every page of a printed chronology carries. */
export const MARKING = 'OFFICIAL-SENSITIVE';

export interface DocumentEntry {
  /** UK date (and time) it happened, e.g. "23 November 2026, 08:45". */
  when: string;
  kind: string;
  title: string;
  /** "Recorded by Sam Patel on 23 November 2026, 09:10 — concern C-7K3QF9" */
  source: string;
  summary?: string;
  details: { label: string; value: string }[];
}

/** A child's filtered chronology as a person reads it on paper: words and UK dates only. */
export interface ChronologyDocument {
  marking: string;
  title: string;
  school: string;
  /** Year group, and date of birth and UPN when the reader may see them. */
  child: string;
  printed: string;
  filters: string;
  /** ISO instant the document was made (the PDF's creation date, never printed). */
  generatedAt: string;
  entries: DocumentEntry[];
}

interface DocumentInput {
  school: { name: string; timeZone: string; categories: { id: string; name: string }[] };
  child: Child;
  showDetails: boolean;
  printedBy: string;
  now: Date;
  query: ChronologyQuery;
  kinds: readonly ChronologyKind[];
  entries: ChronologyEntry[];
}

export function chronologyDocument(input: DocumentInput): ChronologyDocument {
  const { child, school } = input;
  const uk = ukDates(school.timeZone);
  const kindLabel = (id: string) => input.kinds.find((k) => k.id === id)?.label ?? id;
  const year = child.yearGroup === 'R' ? 'Reception' : child.yearGroup === 'N' ? 'Nursery' : `Year ${child.yearGroup}`;
  const childParts = [year, input.showDetails && child.dateOfBirth ? `born ${uk.date(child.dateOfBirth)}` : '', input.showDetails && child.upn ? `UPN ${child.upn}` : ''];
  return {
    marking: MARKING,
    title: `Chronology: ${childDisplayName(child)}`,
    school: school.name,
    child: childParts.filter(Boolean).join(' · '),
    printed: `Printed by ${input.printedBy} on ${uk.dateTime(input.now.toISOString())}`,
    filters: describeFilters(input.query, kindLabel, (id) => school.categories.find((c) => c.id === id)?.name ?? id, uk),
    generatedAt: input.now.toISOString(),
    entries: input.entries.map((e) => ({
      when: e.dateOnly ? uk.date(e.at) : uk.dateTime(e.at),
      kind: kindLabel(e.kind),
      title: e.title,
      source: sourceLine(e, uk),
      summary: e.summary,
      details: e.details,
    })),
  };
}

/** "Recorded by Sam Patel on 23 November 2026, 09:10 — concern C-7K3QF9", leaving out what the record does not say. */
function sourceLine(e: ChronologyEntry, uk: ReturnType<typeof ukDates>) {
  const recorded = [e.by && `by ${e.by.name}`, e.recordedAt && `on ${uk.dateTime(e.recordedAt)}`].filter(Boolean).join(' ');
  const record = `${RECORD_WORDS[e.record.type] ?? 'record'} ${e.record.ref}`;
  return recorded ? `Recorded ${recorded} — ${record}` : record.charAt(0).toUpperCase() + record.slice(1);
}

const RECORD_WORDS: Record<string, string> = { concern: 'concern', referral: 'referral', transfer: 'transfer', receivedPack: 'file received, reference', subjectAccessRequest: 'subject access request', child: "child's" };

function describeFilters(q: ChronologyQuery, kindLabel: (id: string) => string, categoryName: (id: string) => string, uk: ReturnType<typeof ukDates>) {
  const parts = [
    q.kind?.length ? `only ${q.kind.map(kindLabel).join(', ')}` : 'all kinds of entry',
    q.category ? `category ${categoryName(q.category)}` : '',
    q.from ? `from ${uk.dateTime(q.from)}` : '',
    q.to ? `to ${uk.dateTime(q.to)}` : '',
    q.q ? `mentioning "${q.q}"` : '',
  ];
  return `Showing ${parts.filter(Boolean).join(', ')}; ${q.order === 'newest' ? 'newest' : 'oldest'} first.`;
}

/** UK dates in the school's time zone: "23 November 2026" and "23 November 2026, 08:45". */
export function ukDates(timeZone: string) {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return {
    date: (d: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${d.slice(0, 10)}T12:00:00Z`)),
    dateTime: (iso: string) => `${day.format(new Date(iso))}, ${time.format(new Date(iso))}`,
  };
}
