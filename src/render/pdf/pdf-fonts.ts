import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';

/**
 * DejaVu Sans, embedded (as a subset) in every PDF: pupils' and families' names
 * come in Polish, Romanian, Turkish, Greek, Cyrillic… and the 14 standard PDF
 * fonts print only Windows-1252. pdfkit derives the subset's tag from the
 * font's id, so the same file still gives the same bytes.
 */
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const BODY_FONT = 'LanternBody';
export const BOLD_FONT = 'LanternBold';

let loaded: { body: Buffer; bold: Buffer; face: Font } | undefined;
/** The font files, read once per process. */
function fontFiles() {
  if (!loaded) {
    const body = readFileSync(join(fontDir, 'DejaVuSans.ttf'));
    loaded = { body, bold: readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf')), face: create(body) as Font };
  }
  return loaded;
}

/** The text as the PDF can show it: a character the font has no glyph for (emoji, CJK…) becomes '?', never dropped silently. The JSON file keeps the exact text. */
export function printable(s: string): string {
  const { face } = fontFiles();
  return [...s].map((ch) => (ch === '\n' || ch === '\t' || face.hasGlyphForCodePoint(ch.codePointAt(0)!) ? ch : '?')).join('');
}

export function registerFonts(doc: PDFKit.PDFDocument) {
  const { body, bold } = fontFiles();
  doc.registerFont(BODY_FONT, body);
  doc.registerFont(BOLD_FONT, bold);
}
