import type { ChronologyDocument } from '../chronology/chronology-document.js';
import type { RedactedChildFile } from '../export/child-file.js';

/**
 * Renders a (redacted) child's file as a document — a PDF in production
 * (src/render/pdf). Output is streamed: chunks are produced as pages are
 * finished and only when the consumer asks for more, so a big file never sits
 * in memory whole. The same file must always render to the same bytes
 * (its hash is what an audit of a release records).
 */
export interface RenderOptions {
  timeZone?: string;
}

export interface DocumentRenderer {
  readonly contentType: string;
  readonly extension: string;
  /** `timeZone`: the school's, for dates and times as people read them (UK format, school time). */
  render(file: RedactedChildFile, opts?: RenderOptions): AsyncIterable<Uint8Array>;
  /** A child's chronology as printed for a case conference: marked and numbered (page x of y) on every page. */
  renderChronology(doc: ChronologyDocument): AsyncIterable<Uint8Array>;
}
