import PDFDocument from 'pdfkit';
import type { ChronologyDocument, DocumentEntry } from '../../core/chronology/chronology-document.js';
import { BODY_FONT, BOLD_FONT, printable, registerFonts } from './pdf-fonts.js';

type Doc = PDFKit.PDFDocument;
const MARGIN = 60;

/**
 * A child's chronology as a PDF. Pages are buffered (a chronology is one
 * child's entries, not a whole file) so that every page can carry its marking
 * and "Page x of y" once the page count is known.
 */
export async function* renderChronologyPdf(file: ChronologyDocument): AsyncGenerator<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    compress: true,
    info: { Title: file.title, Author: file.school, Creator: 'Lantern', Producer: 'Lantern', CreationDate: new Date(file.generatedAt) },
  });
  registerFonts(doc);
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.once('end', resolve);
    doc.once('error', reject);
  });
  writeHeading(doc, file);
  if (file.entries.length === 0) doc.moveDown().font(BODY_FONT).fontSize(10).text('Nothing recorded that matches.');
  for (const entry of file.entries) writeEntry(doc, entry);
  markEveryPage(doc, file.marking);
  doc.end();
  await ended;
  yield* chunks;
}

function writeHeading(doc: Doc, file: ChronologyDocument) {
  doc.font(BOLD_FONT).fontSize(18).text(printable(file.title));
  doc.font(BODY_FONT).fontSize(10);
  for (const line of [file.school, file.child, file.printed, file.filters]) if (line) doc.text(printable(line));
}

function writeEntry(doc: Doc, e: DocumentEntry) {
  if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
  doc.moveDown(0.8).font(BOLD_FONT).fontSize(10).text(printable(`${e.when} — ${e.kind}`));
  doc.font(BOLD_FONT).fontSize(11).text(printable(e.title));
  doc.font(BODY_FONT).fontSize(9).fillColor('#444444').text(printable(e.source)).fillColor('black');
  if (e.summary) doc.font(BODY_FONT).fontSize(10).text(printable(e.summary));
  for (const d of e.details) {
    doc.font(BOLD_FONT).fontSize(9).text(printable(`${d.label}: `), { continued: true });
    doc.font(BODY_FONT).text(printable(d.value));
  }
}

/** The marking at the top and bottom of every page, and the page number; written inside the margins without adding pages. */
function markEveryPage(doc: Doc, marking: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { width, height, margins } = doc.page;
    const bottom = margins.bottom;
    margins.bottom = 0;
    const box = { width: width - 2 * MARGIN, align: 'center' as const, lineBreak: false };
    doc.font(BOLD_FONT).fontSize(9).text(marking, MARGIN, 25, box);
    doc.text(marking, MARGIN, height - 40, box);
    doc.font(BODY_FONT).fontSize(9).text(`Page ${i - start + 1} of ${count}`, MARGIN, height - 40, { ...box, align: 'right' });
    margins.bottom = bottom;
  }
}
