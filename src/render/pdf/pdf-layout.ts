import type { FileEntry, RedactedChildFile } from '../../core/export/child-file.js';
import { BODY_FONT, BOLD_FONT, printable } from './pdf-fonts.js';
import { plural, readable, ukDate, ukDateTime, ukWhen } from './readable.js';

type Doc = PDFKit.PDFDocument;

const KIND: Record<RedactedChildFile['redactions'][number]['kind'], [string, string]> = {
  'other-child': ['other child', 'other children'],
  'third-party': ['other person', 'other people'],
  staff: ['member of staff', 'members of staff'],
};

const WHO: Record<RedactedChildFile['redactions'][number]['kind'], string> = { 'other-child': 'another child', 'third-party': 'another person', staff: 'a member of staff' };

const THIRD_PARTY_BASIS = 'third-party information (Data Protection Act 2018, Schedule 2, Part 3, paragraph 16)';

/** Entries withheld whole under an exemption, when the file records them (each with its basis). */
interface WithheldEntry {
  basis?: string;
  basisLabel?: string;
}
const withheldOf = (file: RedactedChildFile): WithheldEntry[] => {
  const w = (file as unknown as { withheld?: unknown }).withheld;
  return Array.isArray(w) ? (w as WithheldEntry[]) : [];
};

/**
 * The cover page: whose file, from which school, when it was produced, what
 * it holds (by section, with counts) and what was withheld (by count and
 * basis), in words a parent reads.
 */
export function writeCover(doc: Doc, file: RedactedChildFile, timeZone: string) {
  doc.font(BOLD_FONT).fontSize(20).text(printable(file.purpose));
  doc.moveDown(0.3).font(BODY_FONT).fontSize(13).text(printable(`The information ${file.school.name} holds about ${file.child.name}`));
  doc.moveDown().fontSize(10);
  const facts: [string, string][] = [
    ['Our reference', file.reference],
    ['Produced', `${ukDateTime(file.generatedAt, timeZone)} (UK time)`],
    ['Date of birth', file.child.dateOfBirth ? ukDate(file.child.dateOfBirth) : ''],
    ['Year group', file.child.yearGroup],
    ['Unique pupil number', file.child.upn],
  ];
  for (const [label, value] of facts) if (value) field(doc, label, value);

  doc.moveDown().font(BOLD_FONT).fontSize(13).text('What is included');
  doc.font(BODY_FONT).fontSize(10);
  for (const s of file.sections) bullet(doc, `${s.title}: ${s.entries.length === 0 ? 'nothing recorded' : plural(s.entries.length, 'entry', 'entries')}`);

  doc.moveDown().font(BOLD_FONT).fontSize(13).text('What was withheld');
  doc.font(BODY_FONT).fontSize(10);
  const redacted = file.redactions.filter((r) => r.redacted);
  const withheld = withheldOf(file);
  if (redacted.length === 0 && withheld.length === 0) bullet(doc, 'Nothing was withheld.');
  for (const kind of Object.keys(KIND) as (keyof typeof KIND)[]) {
    const n = redacted.filter((r) => r.kind === kind).length;
    if (n === 0) continue;
    const [one, many] = KIND[kind];
    bullet(doc, `The ${n === 1 ? 'name' : 'names'} of ${plural(n, one, many)}, withheld as ${THIRD_PARTY_BASIS}.`);
  }
  if (redacted.length > 0) doc.text('Each name withheld is replaced by a marker such as [Child B] or [Person A] wherever it appears.', { indent: 12 });
  const byBasis = new Map<string, number>();
  for (const w of withheld) {
    const basis = w.basisLabel ?? w.basis ?? 'an exemption in the Data Protection Act 2018';
    byBasis.set(basis, (byBasis.get(basis) ?? 0) + 1);
  }
  for (const [basis, n] of byBasis) bullet(doc, `${plural(n, 'passage or entry', 'passages or entries')} withheld under ${readable(basis, timeZone)}.`);
  doc.moveDown().fontSize(9).fillColor('#444444').text(printable(`If you have a question about this file, contact ${file.school.name} and quote the reference ${file.reference}.`)).fillColor('black');
}

export function writeSectionTitle(doc: Doc, title: string, empty: boolean) {
  doc.moveDown().font(BOLD_FONT).fontSize(14).text(printable(title));
  if (empty) doc.font(BODY_FONT).fontSize(10).text('Nothing recorded.');
}

export function writeEntry(doc: Doc, entry: FileEntry, timeZone: string, keepRef: string) {
  const title = readable(entry.title, timeZone, keepRef).replace(/[\s—:-]+$/, '') || 'Entry';
  const when = entry.at ? ` — ${ukWhen(entry.at, timeZone)}` : '';
  doc.moveDown(0.8).font(BOLD_FONT).fontSize(11).text(printable(`${title}${when}`));
  for (const f of entry.fields) field(doc, readable(f.label, timeZone, keepRef), readable(f.value, timeZone, keepRef), 9);
}

export function writeRedactionNote(doc: Doc, file: RedactedChildFile) {
  if (file.redactions.length === 0) return;
  doc.moveDown().font(BOLD_FONT).fontSize(12).text('Names withheld and released');
  doc.font(BODY_FONT).fontSize(9);
  for (const r of file.redactions) {
    doc.text(printable(r.redacted ? `${r.replacement}: the name of ${WHO[r.kind]}, withheld` : `${r.original ?? ''}: named after review`));
  }
}

function field(doc: Doc, label: string, value: string, size = 10) {
  doc.font(BOLD_FONT).fontSize(size).text(printable(`${label}: `), { continued: true });
  doc.font(BODY_FONT).text(printable(value));
}

function bullet(doc: Doc, text: string) {
  doc.text(printable(`•  ${text}`), { indent: 6 });
}
