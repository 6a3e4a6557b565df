/** Words for the referral API's codes (src/core/model/referral.ts). */
export const AGENCY_LABELS: Record<string, string> = {
  'childrens-social-care': "Children's social care / MASH",
  'early-help': 'Early help',
  camhs: 'CAMHS',
  police: 'Police',
  lado: 'LADO',
  other: 'Other agency',
};
export const AGENCIES = Object.keys(AGENCY_LABELS);

export const REFERRAL_METHODS = ['phone', 'email', 'letter', 'portal', 'meeting', 'in-person'] as const;
export const CONTACT_METHODS = ['letter', 'phone', 'email', 'meeting', 'portal'] as const;

export const REFERRAL_STATUS_FILTERS: Record<string, string> = { overdue: 'Overdue', 'due-soon': 'Due soon', open: 'Open', closed: 'Closed' };

export const agencyLabel = (code: string) => AGENCY_LABELS[code] ?? code;
