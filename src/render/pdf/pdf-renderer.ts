import PDFDocument from 'pdfkit';
import type { RedactedChildFile } from '../../core/export/child-file.js';
import type { DocumentRenderer, RenderOptions } from '../../core/ports/document-renderer.js';
import { BODY_FONT, registerFonts } from './pdf-fonts.js';
import { renderChronologyPdf } from './chronology-pdf.js';
import { writeCover, writeEntry, writeRedactionNote, writeSectionTitle } from './pdf-layout.js';

const MARGIN = 50;
const DEFAULT_TIME_ZONE = 'Europe/London';

/**
 * The child's file as a PDF a parent can read, with pdfkit: a cover page
 * (what is included, what was withheld), then the entries, "Page x of y" on
 * every page. Pages are buffered so each can carry its number once the
 * count is known (a 500-concern file is a few MB; large files are built in
 * a background job, not in a request). Deterministic: the creation
 * date is the file's `generatedAt` and the embedded font subset is named from
 * its id, so the same file gives the same bytes.
 */
export function createPdfRenderer(): DocumentRenderer {
  return { contentType: 'application/pdf', extension: 'pdf', render: renderPdf, renderChronology: renderChronologyPdf };
}

async function* renderPdf(file: RedactedChildFile, opts: RenderOptions = {}): AsyncGenerator<Uint8Array> {
  const timeZone = opts.timeZone ?? DEFAULT_TIME_ZONE;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    compress: true,
    info: { Title: `${file.purpose} ${file.reference}`, Author: file.school.name, Creator: 'Lantern', Producer: 'Lantern', CreationDate: new Date(file.generatedAt) },
  });
  registerFonts(doc);
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.once('end', resolve);
    doc.once('error', reject);
  });
  writeCover(doc, file, timeZone);
  doc.addPage();
  for (const section of file.sections) {
    writeSectionTitle(doc, section.title, section.entries.length === 0);
    for (const entry of section.entries) writeEntry(doc, entry, timeZone, file.reference);
  }
  writeRedactionNote(doc, file);
  numberEveryPage(doc, `${file.purpose} — reference ${file.reference}`);
  doc.end();
  await ended;
  yield* chunks;
}

/** "Page x of y" and the reference at the foot of every page, written inside the margin once the count is known. */
function numberEveryPage(doc: PDFKit.PDFDocument, label: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { width, height, margins } = doc.page;
    const bottom = margins.bottom;
    margins.bottom = 0;
    const box = { width: width - 2 * MARGIN, lineBreak: false };
    doc.font(BODY_FONT).fontSize(8).fillColor('#444444');
    doc.text(label, MARGIN, height - 35, { ...box, align: 'left' });
    doc.text(`Page ${i - start + 1} of ${count}`, MARGIN, height - 35, { ...box, align: 'right' });
    doc.fillColor('black');
    margins.bottom = bottom;
  }
}
