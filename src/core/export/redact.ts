import { createHash } from 'node:crypto';
import type { ChildFile, FilePerson, FileSection, Redaction, RedactedChildFile, RedactionKind } from './child-file.js';
import { COMMON_WORD_NAMES, contextOf, NameMatcher, nameTerms } from './name-matcher.js';
import { unknownNames, type UnknownName } from './unknown-names.js';
import { applyWithholdings, type WithholdingLike } from './withhold.js';
import type { PersonKind } from '../model/disclosure-defaults.js';

export interface RedactionDecisionLike {
  redactionId: string;
  redact: boolean;
  reason: string;
  by: { name: string };
  at: string;
}

const DEFAULT_REDACT: Record<RedactionKind, boolean> = { 'other-child': true, 'third-party': true, staff: true };

/**
 * A redaction's id: stable across previews of the same request (so a DSL's
 * decision sticks while records are added), and not guessable from a name
 * (salted with the request's internal id, which the released files never carry).
 */
export const redactionId = (salt: string, p: Pick<FilePerson, 'kind' | 'key'>) =>
  `rd-${createHash('sha256').update(`${salt}\n${p.kind}\n${p.key}`).digest('hex').slice(0, 16)}`;

const LETTERS = 'BCDEFGHIJKLMNOPQRSTUVWXYZ';
const marker = (kind: RedactionKind, n: number) =>
  kind === 'other-child' ? `[Child ${n < LETTERS.length ? LETTERS[n] : `B${n}`}]` : kind === 'staff' ? `[Staff member ${n + 1}]` : `[Third party ${n + 1}]`;

const UK = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
/** Where a mention is, for a person to read: ISO instants in labels become UK dates and times. */
const inWords = (where: string) => where.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)/g, (iso) => { const d = new Date(iso); return Number.isNaN(d.getTime()) ? iso : UK.format(d); });

/**
 * Redacts a child's file: every other child, third party and member of staff
 * is replaced by a marker wherever their name appears — in structured fields
 * and in free text — unless the reviewing DSL released them (with a reason).
 * Returns the redacted file and the list of redactions for review.
 */
export function redactChildFile(
  file: ChildFile,
  opts: {
    salt: string; decisions: readonly RedactionDecisionLike[]; generatedAt: string; reference: string; purpose: string;
    /** Which kinds are redacted until a DSL decides otherwise (default: all three). A transfer may choose differently. */
    defaults?: Partial<Record<RedactionKind, boolean>>;
    /** The school's default for each kind of person (true = redact); wins over `defaults`. Names no list knows are left as written unless this says redact. */
    kindDefaults?: Partial<Record<PersonKind, boolean>>;
    /** Entries or passages the DSL withholds under an exemption: replaced by a neutral marker before anything else. */
    withholdings?: readonly WithholdingLike[];
  },
): { file: RedactedChildFile; redactions: Redaction[]; unknownNames: UnknownName[] } {
  const childWords = new Set([file.child.givenName, file.child.familyName, file.child.name].map((w) => w.toLowerCase()));
  const knownWords = new Set([...childWords, ...file.people.flatMap((p) => [p.name, ...p.name.split(/\s+/), ...p.aliases])].map((w) => w.toLowerCase()));
  const isKnown = (n: string) => n.toLowerCase().split(/\s+/).some((w) => knownWords.has(w.replace(/\.$/, '')));
  const kept = applyWithholdings(file.sections, opts.withholdings ?? []);
  // First pass: the named-entity check over every text (after withholding), once. Names it finds become people too,
  // so the school's default for names no list knows applies to them and the DSL can decide each one with a reason.
  const textsOf = (e: FileSection['entries'][number]) => [e.title, ...e.fields.map((f) => f.value)];
  const nerByText = kept.flatMap((s) => s.entries.flatMap((e) => textsOf(e).map((t) => unknownNames(t, '', isKnown))));
  const unknownPeople = new Map<string, FilePerson>();
  for (const u of nerByText.flat()) {
    const key = `unknown:${u.name.toLowerCase()}`;
    if (!unknownPeople.has(key)) unknownPeople.set(key, { kind: 'third-party', category: 'unknown', key, name: u.name, aliases: [], relationship: 'a name no list knows' });
  }
  const people = [...file.people, ...unknownPeople.values()];
  const counters: Record<RedactionKind, number> = { 'other-child': 0, 'third-party': 0, staff: 0 };
  const redactions = people.map((p): Redaction => {
    const id = redactionId(opts.salt, p);
    const d = [...opts.decisions].reverse().find((x) => x.redactionId === id);
    const category = categoryOf(p);
    const byDefault = opts.kindDefaults?.[category] ?? (category === 'unknown' ? false : (opts.defaults?.[p.kind] ?? DEFAULT_REDACT[p.kind]));
    const redacted = d ? d.redact : byDefault;
    const base = { id, kind: p.kind, category, replacement: '', original: p.name, occurrences: 0, redacted, mentions: [] as NonNullable<Redaction['mentions']> };
    return { ...base, ...(p.relationship ? { relationship: p.relationship } : {}), ...(d ? { decision: { redact: d.redact, reason: d.reason, by: d.by.name, at: d.at } } : {}) };
  });
  const matcher = new NameMatcher(
    people.flatMap((p, i) => [
      ...nameTerms(p.name, redactions[i]!, { surnameAlone: p.surnameAlone, firstNameAlone: p.firstNameAlone }, childWords)
        .map((t) => (p.category === 'unknown' && !t.text.includes(' ') && COMMON_WORD_NAMES.has(t.text.toLowerCase()) ? { ...t, guarded: true } : t)),
      ...p.aliases.filter((a) => !childWords.has(a.toLowerCase())).map((a) => ({ text: a, ref: redactions[i]!, guarded: COMMON_WORD_NAMES.has(a.toLowerCase()) })),
    ]),
  );
  const flagged: UnknownName[] = [];
  let textIndex = 0;
  const apply = (text: string, where: string) => {
    flagged.push(...(nerByText[textIndex++] ?? []).map((u) => ({ ...u, where })));
    return matcher.replace(text, (m) => {
      const r = m.ref;
      r.occurrences++;
      // Markers are lettered in order of first appearance among the people actually found.
      if (!r.replacement) r.replacement = marker(r.kind, counters[r.kind]++);
      r.mentions!.push({ where, context: contextOf(text, m.start, m.end) });
      return r.redacted ? r.replacement : undefined;
    });
  };
  const sections: FileSection[] = kept.map((s) => ({
    ...s,
    entries: s.entries.map((e) => {
      const title = apply(e.title, inWords(`${s.title}: ${e.title}`));
      return { ...e, title, fields: e.fields.map((f) => ({ label: f.label, value: apply(f.value, inWords(`${s.title}: ${title}, ${f.label}`)) })) };
    }),
  }));
  const list: Redaction[] = redactions.filter((r) => r.occurrences > 0);
  return {
    redactions: list,
    unknownNames: flagged,
    file: {
      format: 'lantern-child-file/1',
      purpose: opts.purpose,
      reference: opts.reference,
      generatedAt: opts.generatedAt,
      child: file.child,
      school: { name: file.school.name },
      sections,
      redactions: list.map((r) => ({ id: r.id, kind: r.kind, replacement: r.replacement, redacted: r.redacted, occurrences: r.occurrences, ...(r.redacted ? {} : { original: r.original }) })),
    },
  };
}

/** The kind of person whose default applies; people registered without one take it from their redaction kind. */
const categoryOf = (p: FilePerson): PersonKind => p.category ?? (p.kind === 'third-party' ? 'other-adult' : p.kind);
