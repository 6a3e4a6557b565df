import type { AdultConcern, AllegationOutcomeRecord, RetentionReview } from './adult-concern.js';

const addYears = (date: string, years: number) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // 29 February plus a whole number of years lands on 28 February in a common year.
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
};

/**
 * When an allegation's record comes up for review, by its outcome (KCSIE Part 4):
 * - substantiated, unsubstantiated, unfounded: kept until the person reaches normal pension age
 *   or for 10 years from the date of the allegation, whichever is longer;
 * - malicious or false: removed from personnel records (reviewed for removal on the day of the
 *   outcome) unless the person asks for it to be kept, in which case it is kept like the others.
 * `allegationDate` is the local date the allegation was made; `pensionAgeOn`, when the school knows it.
 */
export function allegationRetention(outcome: AllegationOutcomeRecord, allegationDate: string, pensionAgeOn?: string): RetentionReview {
  const removable = outcome.outcome === 'malicious' || outcome.outcome === 'false';
  if (removable && !outcome.keepAtPersonsRequest) {
    return {
      reviewOn: outcome.decidedAt,
      action: 'remove-from-personnel-record',
      basis: `A ${outcome.outcome} allegation is removed from personnel records unless the person asks for it to be kept.`,
    };
  }
  const tenYears = addYears(allegationDate, 10);
  const reviewOn = pensionAgeOn && pensionAgeOn > tenYears ? pensionAgeOn : tenYears;
  const basis = pensionAgeOn
    ? `Kept until normal pension age or 10 years from the allegation, whichever is longer (${pensionAgeOn > tenYears ? 'pension age' : '10 years'}).`
    : 'Kept for 10 years from the allegation, or until normal pension age if that is later: record the pension age date to extend it.';
  return { reviewOn, action: 'review', basis };
}

/** A low-level concern is kept at least until the person leaves the school's employment. */
export function lowLevelRetention(leftOn?: string): RetentionReview {
  return leftOn
    ? { reviewOn: leftOn, action: 'review', basis: 'Low-level concerns are kept at least until the person leaves the school.' }
    : { action: 'review', basis: 'Low-level concerns are kept at least until the person leaves the school: review when they leave.' };
}

export const allegationDateOf = (c: Pick<AdultConcern, 'recordedAt'>, localDate: (d: Date) => string) => localDate(new Date(c.recordedAt));
