import PDFDocument from 'pdfkit';
import type { RedactedChildFile } from '../../core/export/child-file.js';
import type { DocumentRenderer } from '../../core/ports/document-renderer.js';
import { BODY_FONT, BOLD_FONT, registerFonts } from './pdf-fonts.js';
import { renderChronologyPdf } from './chronology-pdf.js';
import { writeEntry, writeHeader, writeRedactionNote } from './pdf-layout.js';

/**
 * The child's file as a PDF, with pdfkit. Streamed with back-pressure: one
 * entry is laid out at a time and its finished pages handed over before the
 * next is drawn, so memory holds about a page, whatever the file's size.
 * Deterministic: the creation date is the file's `generatedAt` and the
 * embedded font subset is named from its id, so the same file gives the same bytes.
 */
export function createPdfRenderer(): DocumentRenderer {
  return { contentType: 'application/pdf', extension: 'pdf', render: renderPdf, renderChronology: renderChronologyPdf };
}

async function* renderPdf(file: RedactedChildFile): AsyncGenerator<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: true,
    info: { Title: `${file.purpose} ${file.reference}`, Author: file.school.name, Creator: 'Lantern', Producer: 'Lantern', CreationDate: new Date(file.generatedAt) },
  });
  registerFonts(doc);
  const ended = new Promise<void>((resolve, reject) => {
    doc.once('end', resolve);
    doc.once('error', reject);
  });
  // Paused mode: nothing flows until we read, so the stream's buffer is the only copy.
  const drain = function* (): Generator<Uint8Array> {
    for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) yield chunk;
  };
  writeHeader(doc, file);
  yield* drain();
  for (const section of file.sections) {
    doc.moveDown().font(BOLD_FONT).fontSize(14).text(section.title);
    if (section.entries.length === 0) doc.font(BODY_FONT).fontSize(10).text('Nothing recorded.');
    for (const entry of section.entries) {
      writeEntry(doc, entry);
      yield* drain();
    }
  }
  writeRedactionNote(doc, file);
  doc.end();
  yield* drain();
  // 'end' fires once everything was read; it settles any error pdfkit raised while finishing.
  await ended;
}
