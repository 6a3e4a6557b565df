import { TRIAGE_DECISIONS } from '../../core/validation/update-input.js';

/** "Fri 27 Nov 2026, 10:15" on the school's clock. */
export function when(iso: string, timeZone: string): string {
  let f = whenFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    whenFormatters.set(timeZone, f);
  }
  return f.format(new Date(iso));
}

// Building an Intl formatter costs far more than using one: keep one per time zone.
const whenFormatters = new Map<string, Intl.DateTimeFormat>();

export const DECISION_TITLES: Record<(typeof TRIAGE_DECISIONS)[number], string> = {
  'no-further-action': 'No further action',
  monitor: 'Monitor',
  'further-information-needed': 'Further information needed',
  'early-help': 'Early help',
  'refer-to-agency': 'Refer to an agency',
};

export const decisionTitle = (d: string) => DECISION_TITLES[d as keyof typeof DECISION_TITLES] ?? d;

export const ROLE_NAMES: Record<string, string> = {
  subject: 'subject',
  victim: 'victim',
  'alleged-perpetrator': 'alleged perpetrator',
  witness: 'witness',
};

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
