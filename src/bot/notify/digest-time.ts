/** Local time (school's zone) a DSL's digest goes out when they say `notify digest` with no time. */
export const DEFAULT_DIGEST_TIME = '08:00';

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/**
 * The time in `notify digest HH:MM` (e.g. `notify digest 07:30`), or the
 * default when none is given. A time that is not HH:MM on a 24-hour clock is
 * refused with what to type instead.
 */
export function digestTimeIn(text: string | undefined): { time: string } | { problem: string } {
  const words = (text ?? '').replace(/<at>.*?<\/at>/gi, ' ').trim().split(/\s+/);
  const at = words.findIndex((w) => w.toLowerCase().replace(/[^a-z]/g, '') === 'digest');
  const given = words.slice(at + 1).join(' ').replace(/[.!]+$/, '').trim();
  if (at < 0 || given === '') return { time: DEFAULT_DIGEST_TIME };
  const m = TIME.exec(given);
  if (!m) return { problem: 'That is not a time of day. Type notify digest HH:MM on a 24-hour clock, e.g. notify digest 07:30 (or notify digest for 08:00).' };
  return { time: `${m[1]!.padStart(2, '0')}:${m[2]}` };
}
