import { agencyName } from '../model/agency-timescales.js';
import type { Referral } from '../model/referral.js';

/** Words for the codes records hold, so no entry shows a person an internal code. */
export const TRIAGE_LABELS: Record<string, string> = {
  'no-further-action': 'No further action',
  monitor: 'Monitor',
  'further-information-needed': 'Further information needed',
  'early-help': 'Early help',
  'refer-to-agency': 'Refer to an agency',
};

export const ROLE_LABELS: Record<string, string> = { subject: 'Subject', victim: 'Victim', 'alleged-perpetrator': 'Alleged perpetrator', witness: 'Witness' };

export const METHOD_LABELS: Record<string, string> = {
  phone: 'phone call',
  email: 'email',
  letter: 'letter',
  portal: 'online portal',
  meeting: 'meeting',
  'in-person': 'in person',
  'secure-email': 'secure email',
  'secure-portal': 'secure portal',
  'by-hand': 'by hand',
  'recorded-post': 'recorded post',
  other: 'other',
};

export const label = (labels: Record<string, string>, code: string) => labels[code] ?? code;
export const agencyOf = (r: Referral) => r.agencyName ?? agencyName(r.agency);
