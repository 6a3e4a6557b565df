import { describe, expect, it } from 'vitest';
import { ALLEGATION_OUTCOMES, type AllegationOutcome } from '../../src/core/adults/adult-concern.js';
import { allegationRetention, lowLevelRetention } from '../../src/core/adults/retention.js';

const outcome = (o: AllegationOutcome, extra: { keepAtPersonsRequest?: boolean } = {}) => ({
  outcome: o, decidedAt: '2027-02-10', decidedBy: { oid: 'x', name: 'Head' }, summary: 'Decided.', referrals: [], ...extra,
});

describe('retention of allegations by outcome (KCSIE Part 4)', () => {
  it('substantiated, unsubstantiated and unfounded: 10 years from the allegation, or normal pension age if later', () => {
    for (const o of ['substantiated', 'unsubstantiated', 'unfounded'] as const) {
      expect(allegationRetention(outcome(o), '2026-12-03')).toMatchObject({ reviewOn: '2036-12-03', action: 'review' });
      expect(allegationRetention(outcome(o), '2026-12-03', '2051-06-30')).toMatchObject({ reviewOn: '2051-06-30', action: 'review' });
      expect(allegationRetention(outcome(o), '2026-12-03', '2030-01-01')).toMatchObject({ reviewOn: '2036-12-03', action: 'review' });
    }
  });

  it('malicious and false: reviewed for removal from personnel records on the day of the outcome', () => {
    for (const o of ['malicious', 'false'] as const) {
      const r = allegationRetention(outcome(o), '2026-12-03', '2051-06-30');
      expect(r).toMatchObject({ reviewOn: '2027-02-10', action: 'remove-from-personnel-record' });
      expect(r.basis).toMatch(/removed from personnel records/);
    }
  });

  it('malicious or false kept at the person’s request are kept like the others', () => {
    expect(allegationRetention(outcome('false', { keepAtPersonsRequest: true }), '2026-12-03')).toMatchObject({ reviewOn: '2036-12-03', action: 'review' });
  });

  it('every outcome has a rule, and 29 February moves to 28 February', () => {
    for (const o of ALLEGATION_OUTCOMES) expect(allegationRetention(outcome(o), '2028-02-29').reviewOn).toBeDefined();
    expect(allegationRetention(outcome('substantiated'), '2028-02-29').reviewOn).toBe('2038-02-28');
  });

  it('low-level concerns are kept at least until the person leaves', () => {
    expect(lowLevelRetention('2027-07-31')).toMatchObject({ reviewOn: '2027-07-31', action: 'review' });
    expect(lowLevelRetention().reviewOn).toBeUndefined();
  });
});
