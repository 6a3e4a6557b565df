import type { FileEntry, RedactedChildFile } from '../../core/export/child-file.js';
import { BODY_FONT, BOLD_FONT, printable } from './pdf-fonts.js';

type Doc = PDFKit.PDFDocument;

export function writeHeader(doc: Doc, file: RedactedChildFile) {
  doc.font(BOLD_FONT).fontSize(18).text(printable(`${file.purpose}: ${file.child.name}`));
  doc.font(BODY_FONT).fontSize(10);
  doc.text(printable(`${file.school.name} — reference ${file.reference} — produced ${file.generatedAt}`));
  doc.text(printable(`Date of birth ${file.child.dateOfBirth}; year ${file.child.yearGroup}; UPN ${file.child.upn}`));
  const withheld = file.redactions.filter((r) => r.redacted).length;
  if (withheld > 0) doc.moveDown(0.5).text(`Information about ${withheld} other ${withheld === 1 ? 'person has' : 'people have'} been withheld and replaced by markers such as [Child B].`);
}

export function writeEntry(doc: Doc, entry: FileEntry) {
  doc.moveDown(0.8).font(BOLD_FONT).fontSize(11).text(printable(entry.title));
  for (const f of entry.fields) {
    doc.font(BOLD_FONT).fontSize(9).text(printable(`${f.label}: `), { continued: true });
    doc.font(BODY_FONT).text(printable(f.value));
  }
}

export function writeRedactionNote(doc: Doc, file: RedactedChildFile) {
  if (file.redactions.length === 0) return;
  doc.moveDown().font(BOLD_FONT).fontSize(12).text('Redactions');
  doc.font(BODY_FONT).fontSize(9);
  for (const r of file.redactions) {
    doc.text(printable(r.redacted ? `${r.replacement}: withheld (${KIND[r.kind]})` : `${r.original ?? ''}: released after review (${KIND[r.kind]})`));
  }
}

const KIND: Record<RedactedChildFile['redactions'][number]['kind'], string> = {
  'other-child': 'another child',
  'third-party': 'a third party',
  staff: 'a member of staff',
};
