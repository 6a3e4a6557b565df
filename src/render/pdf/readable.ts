/**
 * Text as a parent reads it: UK dates and times in the school's time, no ISO
 * timestamps, no internal codes, correct plurals. Used by the PDF only; the
 * JSON file keeps the exact values.
 */

const ISO_INSTANT = /\b(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b/g;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
/** A hyphenated code in brackets, e.g. "(alleged-perpetrator)" or "(parent-carer)". */
const BRACKETED_CODE = /\(([a-z]+(?:-[a-z]+)+)\)/g;
/** Lantern's short references (C-7K3QF9, R-…, T-…): internal codes a parent has no use for, except the request's own. */
const RECORD_REF = /\b[A-Z]-[2-9A-HJ-NP-Z]{6}\b/g;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 February 2027" from YYYY-MM-DD. */
export function ukDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "3 February 2027 at 09:30" in the school's time zone. */
export function ukDateTime(iso: string, timeZone: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(when)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  return `${ukDate(`${parts.year}-${parts.month}-${parts.day}`)} at ${parts.hour}:${parts.minute}`;
}

/** A date or an instant, whichever `value` is, as a person reads it. */
export const ukWhen = (value: string, timeZone: string) => (/T\d{2}:\d{2}/.test(value) ? ukDateTime(value, timeZone) : /^\d{4}-\d{2}-\d{2}$/.test(value) ? ukDate(value) : value);

/** Free text with every ISO timestamp and date made readable and bracketed codes made words. */
export function readable(text: string, timeZone: string, keepRef?: string): string {
  return text
    .replace(ISO_INSTANT, (m) => ukDateTime(m, timeZone))
    .replace(ISO_DATE, (m) => ukDate(m))
    .replace(BRACKETED_CODE, (_m, code: string) => `(${code.replace(/-/g, ' ')})`)
    .replace(RECORD_REF, (ref) => (ref === keepRef ? ref : ''))
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([,.;:)])/g, '$1')
    .trim();
}

/** "1 entry", "2 entries". */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
