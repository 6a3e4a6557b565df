import { LanternError } from '../errors.js';
import type { DocumentKind } from '../model/record-document.js';
import type { SniffedKind } from '../ports/file-inspector.js';

interface KindInfo {
  label: string;
  mime: string;
  /** File name extensions that may carry this kind. */
  names: readonly string[];
}

export const KINDS: Record<DocumentKind, KindInfo> = {
  pdf: { label: 'a PDF document', mime: 'application/pdf', names: ['pdf'] },
  png: { label: 'a PNG image', mime: 'image/png', names: ['png'] },
  jpg: { label: 'a JPEG photo', mime: 'image/jpeg', names: ['jpg', 'jpeg'] },
  heic: { label: 'a HEIC photo', mime: 'image/heic', names: ['heic', 'heif'] },
  docx: { label: 'a Word document', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', names: ['docx'] },
  txt: { label: 'a plain text file', mime: 'text/plain; charset=utf-8', names: ['txt', 'text', 'log'] },
  eml: { label: 'an email (EML)', mime: 'message/rfc822', names: ['eml'] },
  msg: { label: 'an Outlook email (MSG)', mime: 'application/vnd.ms-outlook', names: ['msg'] },
};

export const isImage = (k: DocumentKind) => k === 'png' || k === 'jpg' || k === 'heic';

const ACCEPTED = 'PDF, PNG, JPEG, HEIC, Word (.docx), plain text and emails (.eml, .msg)';
const extensionOf = (name: string) => (/\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1] ?? '').toLowerCase();

/**
 * The file's kind, from its first bytes and never from its name; the name must
 * then agree with the bytes, so a web page renamed `.png` is refused.
 */
export function decideKind(name: string, sniffed: SniffedKind | undefined, head: Uint8Array): DocumentKind {
  const kind = kindFromBytes(name, sniffed, head);
  const ext = extensionOf(name);
  if (ext && !KINDS[kind].names.includes(ext)) {
    throw refuse(`“${name}” is named as .${ext} but its contents are ${KINDS[kind].label}. Rename it to end in .${KINDS[kind].names[0]} and attach it again.`);
  }
  return kind;
}

function kindFromBytes(name: string, sniffed: SniffedKind | undefined, head: Uint8Array): DocumentKind {
  if (sniffed) {
    const byExt: Record<string, DocumentKind> = { pdf: 'pdf', png: 'png', jpg: 'jpg', heic: 'heic', docx: 'docx' };
    const kind = byExt[sniffed.ext] ?? (sniffed.ext === 'cfb' && extensionOf(name) === 'msg' ? 'msg' : undefined);
    if (kind) return kind;
    throw refuse(`“${name}” is a kind of file Lantern does not accept (${sniffed.mime}). Accepted: ${ACCEPTED}.`);
  }
  const text = asText(head);
  if (text === undefined) throw refuse(`Lantern could not tell what kind of file “${name}” is. Accepted: ${ACCEPTED}.`);
  if (looksLikeMarkup(text)) {
    throw refuse(`“${name}” is a web page (HTML, SVG or XML), which Lantern does not accept because it could run in a browser. Save or print it as a PDF and attach that.`);
  }
  return looksLikeEmail(text) ? 'eml' : 'txt';
}

/** UTF-8 text without binary control characters, or undefined. A character cut at the end of the head is allowed. */
function asText(head: Uint8Array): string | undefined {
  for (let cut = 0; cut < 4 && cut <= head.length; cut++) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return /[\u0000-\u0008\u000E-\u001F\u007F]/.test(text) ? undefined : text;
    } catch {
      // try again without the last byte(s)
    }
  }
  return undefined;
}

const looksLikeMarkup = (text: string) => /^\s*</.test(text.replace(/^\uFEFF/, '')) || /<\s*(script|html|svg|iframe|body|object|embed|!doctype)\b/i.test(text);

const looksLikeEmail = (text: string) =>
  /^[A-Za-z][A-Za-z0-9-]*:[ \t]/.test(text) && /^(from|received|message-id|mime-version|subject|date):/im.test(text);

const refuse = (message: string) => new LanternError('unsupported_media_type', message);
