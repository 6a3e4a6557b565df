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
