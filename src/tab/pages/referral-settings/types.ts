/** The API's referral settings (GET/PUT /api/referral-settings). */
export type Unit = 'working-days' | 'school-days' | 'calendar-days';

export interface MilestoneSetting {
  key: string;
  label: string;
  timescale?: { amount: number; unit: Unit };
  startsFrom: 'made' | { milestone: string };
}

export interface AgencySetting {
  id: string;
  label: string;
  milestones: MilestoneSetting[];
}

export interface ReferralSettings {
  agencies: AgencySetting[];
  alerts: { dueSoonWorkingDays: number; escalateAfterWorkingDays: number };
}

export const UNITS: Record<Unit, string> = { 'working-days': 'working days', 'school-days': 'school days', 'calendar-days': 'calendar days' };

/** The agencies every school keeps (they can be renamed, not removed). */
export const STANDARD_AGENCIES = ['childrens-social-care', 'early-help', 'camhs', 'police', 'lado', 'other'];

/** An id from a name: lower-case letters, digits and single hyphens. */
export const slug = (name: string) =>
  name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');

/** A key not yet used in `taken`, from `base`. */
export function freshKey(base: string, taken: string[]): string {
  const root = slug(base) || 'milestone';
  let key = root;
  for (let n = 2; taken.includes(key); n++) key = `${root}-${n}`;
  return key;
}
