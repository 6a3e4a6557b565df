import type { FileSection } from './child-file.js';

/** What the released files show where something was withheld: neutral, saying nothing of why. */
export const WITHHELD_MARKER = 'Some information has been withheld';

/** A DSL's withholding, as redaction needs it: a whole entry (no passage) or one passage of its text. */
export interface WithholdingLike {
  recordId: string;
  passage?: string;
}

/**
 * Replaces withheld entries by a marker entry (same record id, so a release
 * still lists the record) and withheld passages by the marker, in every field
 * and the title. Pure; the input is not changed.
 */
export function applyWithholdings(sections: readonly FileSection[], withholdings: readonly WithholdingLike[]): FileSection[] {
  if (!withholdings.length) return [...sections];
  const whole = new Set(withholdings.filter((w) => !w.passage).map((w) => w.recordId));
  const passages = (recordId: string) => withholdings.filter((w) => w.passage && w.recordId === recordId).map((w) => w.passage!).sort((a, b) => b.length - a.length);
  const cut = (text: string, ps: string[]) => ps.reduce((t, p) => t.split(p).join(`[${WITHHELD_MARKER}]`), text);
  return sections.map((s) => ({
    ...s,
    entries: s.entries.map((e) => {
      if (whole.has(e.recordId)) {
        const { at, version } = e;
        return { recordType: e.recordType, recordId: e.recordId, ...(version ? { version } : {}), ...(at ? { at } : {}), title: WITHHELD_MARKER, fields: [{ label: 'Withheld', value: WITHHELD_MARKER }] };
      }
      const ps = passages(e.recordId);
      return ps.length ? { ...e, title: cut(e.title, ps), fields: e.fields.map((f) => ({ label: f.label, value: cut(f.value, ps) })) } : e;
    }),
  }));
}
