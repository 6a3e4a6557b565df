/** Dates as people in an English school read them, in the school's time zone. */
const TZ = 'Europe/London';

const dateTime = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, day: 'numeric', month: 'short', year: 'numeric' });
const plainDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

const valid = (d: Date) => !Number.isNaN(d.getTime());

export const formatDateTime = (iso: string) => (valid(new Date(iso)) ? dateTime.format(new Date(iso)) : iso);
export const formatDate = (iso: string) => (valid(new Date(iso)) ? dateOnly.format(new Date(iso)) : iso);

/** A calendar date (YYYY-MM-DD) with no time zone, e.g. an action's due date. */
export const formatPlainDate = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  return valid(d) ? plainDate.format(d) : date;
};

/** "3 days ago", "in 2 hours". */
export function formatAge(iso: string, now: Date = new Date()): string {
  const ms = new Date(iso).getTime() - now.getTime();
  if (Number.isNaN(ms)) return '';
  const minutes = Math.round(ms / 60_000);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return relative.format(hours, 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}

/** Local date and time inputs → an ISO instant (the browser's zone is the school's in practice). */
export function toInstant(date: string, time: string): string | undefined {
  const d = new Date(`${date}T${time || '00:00'}`);
  return valid(d) ? d.toISOString() : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const localDateInput = (d: Date = new Date()) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
export const localTimeInput = (d: Date = new Date()) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** The offset (ms) of `timeZone` from UTC at the instant `ms`. */
function zoneOffset(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(ms));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - Math.floor(ms / 1000) * 1000;
}

/** A date and time on the school's clock (e.g. Europe/London) → an ISO instant, whatever the browser's zone. */
export function schoolInstant(date: string, time: string, timeZone: string = TZ): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time || '00:00');
  if (!m || !t) return undefined;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall)) return undefined;
  let at = wall - zoneOffset(wall, timeZone);
  at = wall - zoneOffset(at, timeZone);
  return new Date(at).toISOString();
}

/** Now (or `d`) as date and time inputs on the school's clock. */
export function schoolNowInputs(timeZone: string = TZ, d: Date = new Date()): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(d);
  const v = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${v('year')}-${v('month')}-${v('day')}`, time: `${v('hour')}:${v('minute')}` };
}
