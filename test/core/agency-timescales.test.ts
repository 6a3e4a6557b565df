import { describe, expect, it } from 'vitest';
import { agenciesOf, DEFAULT_AGENCIES, agencyName } from '../../src/core/model/agency-timescales.js';
import { referralSettingsSchema } from '../../src/core/validation/referral-settings-input.js';

const alerts = { dueSoonWorkingDays: 1, escalateAfterWorkingDays: 2 };
const withMilestones = (milestones: unknown[]) => ({ alerts, agencies: [...DEFAULT_AGENCIES, { id: 'youth-offending', label: 'Youth offending team', milestones }] });
const ms = (key: string, from: string | undefined) => ({ key, label: key, timescale: { amount: 5, unit: 'school-days' }, startsFrom: from ? { milestone: from } : 'made' });
const problems = (input: unknown) => {
  const r = referralSettingsSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('agency timescale settings', () => {
  it('the defaults are valid settings, and a school without its own uses them', () => {
    expect(problems({ alerts, agencies: DEFAULT_AGENCIES })).toEqual([]);
    expect(agenciesOf({}).map((a) => a.id)).toEqual(['childrens-social-care', 'early-help', 'camhs', 'police', 'lado', 'other']);
    expect(agencyName('lado')).toBe('LADO');
    expect(agencyName('youth-offending')).toBe('youth-offending');
  });

  it('accepts a chain of milestones each running from the one before', () => {
    expect(problems(withMilestones([ms('a', undefined), ms('b', 'a'), ms('c', 'b')]))).toEqual([]);
  });

  it('refuses a circle of any length, naming it, but not a milestone that merely runs from one in a circle', () => {
    const found = problems(withMilestones([ms('a', 'c'), ms('b', 'a'), ms('c', 'b'), ms('d', 'a')]));
    expect(found.filter((p) => p.includes('runs in a circle'))).toHaveLength(3);
    expect(found.some((p) => p.startsWith('agencies.6.milestones.3'))).toBe(false);
    expect(found[0]).toBe('agencies.6.milestones.0.startsFrom.milestone: runs in a circle (a → c → b → a); one milestone must run from the referral being made');
  });

  it('refuses a duplicate key, a missing start, a negative or fractional amount and an unknown unit, field by field', () => {
    expect(problems(withMilestones([ms('a', undefined), ms('a', undefined)]))).toEqual(['agencies.6.milestones.1.key: "a" is used by another milestone of this agency']);
    expect(problems(withMilestones([ms('a', 'nowhere')]))).toEqual(['agencies.6.milestones.0.startsFrom.milestone: no milestone "nowhere" in this agency']);
    expect(problems(withMilestones([{ ...ms('a', undefined), timescale: { amount: -2, unit: 'working-days' } }]))).toEqual(['agencies.6.milestones.0.timescale.amount: must not be negative']);
    expect(problems(withMilestones([{ ...ms('a', undefined), timescale: { amount: 2, unit: 'weeks' } }]))[0]).toMatch(/^agencies.6.milestones.0.timescale.unit: must be one of: working-days, school-days, calendar-days/);
  });

  it('keeps the six standard agencies and their ids unique', () => {
    expect(problems({ alerts, agencies: DEFAULT_AGENCIES.filter((a) => a.id !== 'lado') })).toEqual(['agencies: must keep the standard agencies (rename them if you like): missing lado']);
    expect(problems({ alerts, agencies: [...DEFAULT_AGENCIES, DEFAULT_AGENCIES[0]] })).toEqual(['agencies.6.id: "childrens-social-care" is used by another agency']);
  });
});
