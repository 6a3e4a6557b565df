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

/** How a referral was made or a contact happened, in words. */
export const METHOD_WORDS: Record<string, string> = {
  phone: 'phone', email: 'email', letter: 'letter', portal: 'online portal', meeting: 'meeting', 'in-person': 'in person', 'secure-portal': 'secure portal', 'secure-email': 'secure email', post: 'post', courier: 'courier',
};
export const methodWords = (m: string) => METHOD_WORDS[m] ?? m.replace(/-/g, ' ');
export const DIRECTION_WORDS: Record<string, string> = { outgoing: 'we contacted them', incoming: 'they contacted us' };
export const directionWords = (d: string) => DIRECTION_WORDS[d] ?? d.replace(/-/g, ' ');
/** A milestone's state on a referral. */
export const MILESTONE_STATE_WORDS: Record<string, string> = { 'not-started': 'Not started', pending: 'Waiting', open: 'Open', 'due-soon': 'Due soon', overdue: 'Overdue', done: 'Done' };
export const milestoneStateWords = (s: string) => MILESTONE_STATE_WORDS[s] ?? s.replace(/-/g, ' ');
