import type { Agency, Milestone } from './referral.js';

type MilestoneTemplate = Omit<Milestone, 'dueAt' | 'doneAt' | 'doneBy'>;

const wd = (amount: number) => ({ amount, unit: 'working-days' as const });

/**
 * Default milestones per agency (England). Statutory ones come from Working
 * Together to Safeguard Children and KCSIE; the rest are a school's own
 * acknowledgement target, which a school can change.
 */
export const DEFAULT_AGENCY_MILESTONES: Record<Agency, MilestoneTemplate[]> = {
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
