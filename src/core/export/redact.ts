import { createHash } from 'node:crypto';
import type { ChildFile, FilePerson, FileSection, Redaction, RedactedChildFile, RedactionKind } from './child-file.js';

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names to look for: full name and aliases, never a word that is also the child's own name. */
function tokensOf(p: FilePerson, childWords: Set<string>): string[] {
  return [p.name, ...p.aliases].map((t) => t.trim()).filter((t) => t.length >= 2 && !childWords.has(t.toLowerCase()));
}

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
  },
): { file: RedactedChildFile; redactions: Redaction[] } {
  const childWords = new Set([file.child.givenName, file.child.familyName, file.child.name].map((w) => w.toLowerCase()));
  const counters: Record<RedactionKind, number> = { 'other-child': 0, 'third-party': 0, staff: 0 };
  const redactions = file.people.map((p): Redaction & { tokens: string[] } => {
    const id = redactionId(opts.salt, p);
    const d = [...opts.decisions].reverse().find((x) => x.redactionId === id);
    const redacted = d ? d.redact : (opts.defaults?.[p.kind] ?? DEFAULT_REDACT[p.kind]);
    const base = { id, kind: p.kind, replacement: marker(p.kind, counters[p.kind]++), original: p.name, occurrences: 0, redacted, tokens: tokensOf(p, childWords) };
    return { ...base, ...(p.relationship ? { relationship: p.relationship } : {}), ...(d ? { decision: { redact: d.redact, reason: d.reason, by: d.by.name, at: d.at } } : {}) };
  });
  const byToken = new Map<string, (typeof redactions)[number]>();
  for (const r of redactions) for (const t of r.tokens) if (!byToken.has(t.toLowerCase())) byToken.set(t.toLowerCase(), r);
  const alternatives = [...byToken.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  const apply = (text: string) =>
    pattern
      ? text.replace(pattern, (m) => {
          const r = byToken.get(m.toLowerCase())!;
          r.occurrences++;
          return r.redacted ? r.replacement : m;
        })
      : text;
  const sections: FileSection[] = file.sections.map((s) => ({
    ...s,
    entries: s.entries.map((e) => ({ ...e, title: apply(e.title), fields: e.fields.map((f) => ({ label: f.label, value: apply(f.value) })) })),
  }));
  const list: Redaction[] = redactions.filter((r) => r.occurrences > 0).map(({ tokens: _t, ...r }) => r);
  return {
    redactions: list,
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
