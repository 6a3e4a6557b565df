import type { Agency, Milestone, StandardAgency } from './referral.js';
import { AGENCIES } from './referral.js';

/** A milestone as a school configures it: filled into each new referral to that agency. */
export type MilestoneTemplate = Omit<Milestone, 'dueAt' | 'doneAt' | 'doneBy'>;

/** One agency a school refers to, with the milestones a new referral gets. */
export interface AgencySettings {
  id: Agency;
  label: string;
  milestones: MilestoneTemplate[];
}

/** Stored on the school: the agencies it refers to (the six stable ones, renamed or not, and its own). */
export interface ReferralSettings {
  agencies: AgencySettings[];
}

const wd = (amount: number) => ({ amount, unit: 'working-days' as const });

/**
 * Default milestones per agency (England). Statutory ones come from Working
 * Together to Safeguard Children and KCSIE; the rest are a school's own
 * acknowledgement target, which a school can change (referral settings).
 */
export const DEFAULT_AGENCY_MILESTONES: Record<StandardAgency, MilestoneTemplate[]> = {
  'childrens-social-care': [
    { key: 'decision', label: 'Decision on the referral', timescale: wd(1), startsFrom: 'made' },
    { key: 'strategy-discussion', label: 'Strategy discussion', startsFrom: 'made' },
    { key: 'icpc', label: 'Initial child protection conference', timescale: wd(15), startsFrom: { milestone: 'strategy-discussion' } },
    { key: 'assessment', label: 'Assessment completed', timescale: wd(45), startsFrom: 'made' },
  ],
  lado: [{ key: 'decision', label: 'LADO decision on the allegation', timescale: wd(1), startsFrom: 'made' }],
  'early-help': [{ key: 'acknowledgement', label: 'Acknowledged by early help', timescale: wd(10), startsFrom: 'made' }],
  camhs: [{ key: 'acknowledgement', label: 'Acknowledged by CAMHS', timescale: wd(10), startsFrom: 'made' }],
  police: [{ key: 'acknowledgement', label: 'Acknowledged by the police', timescale: wd(10), startsFrom: 'made' }],
  other: [{ key: 'acknowledgement', label: 'Acknowledged by the agency', timescale: wd(10), startsFrom: 'made' }],
};

export const AGENCY_NAMES: Record<Agency, string> = {
  'childrens-social-care': "Children's social care / MASH",
  'early-help': 'Early help',
  camhs: 'CAMHS',
  police: 'Police',
  lado: 'LADO',
  other: 'Other agency',
};

/** The default name of an agency; a school's own agency (no default) shows its id. */
export const agencyName = (id: Agency): string => AGENCY_NAMES[id] ?? id;

/** The six stable agencies with their default names and milestones: what a school starts with. */
export const DEFAULT_AGENCIES: AgencySettings[] = AGENCIES.map((id) => ({
  id,
  label: AGENCY_NAMES[id]!,
  milestones: DEFAULT_AGENCY_MILESTONES[id].map((m) => ({ ...m })),
}));

/** The agencies a school refers to: its own settings, or the defaults. */
export const agenciesOf = (school: { referralSettings?: ReferralSettings }): AgencySettings[] =>
  school.referralSettings?.agencies ?? DEFAULT_AGENCIES;
