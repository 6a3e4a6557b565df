/** Words for the concerns-about-adults pages; no page shows an id, code or timestamp. */
export const KIND_LABEL: Record<string, string> = { 'low-level': 'Low-level concern', allegation: 'Allegation' };
export const ROLE_LABEL: Record<string, string> = { staff: 'Member of staff', 'supply-worker': 'Supply worker', volunteer: 'Volunteer', contractor: 'Contractor' };
export const OUTCOME_LABEL: Record<string, string> = {
  substantiated: 'Substantiated', malicious: 'Malicious', false: 'False', unsubstantiated: 'Unsubstantiated', unfounded: 'Unfounded',
};
export const HARMS_LABEL: Record<string, string> = {
  'harmed-child': 'Harmed or may have harmed a child',
  'criminal-offence': 'Possibly committed a criminal offence against or related to a child',
  'risk-of-harm': 'May pose a risk of harm to children',
  'not-suitable': 'May not be suitable to work with children',
};
export const ROUTE_LABEL: Record<string, string> = { headteacher: 'Headteacher', chair: 'Chair of governors (about the headteacher)' };

export interface AdultSubjectView {
  kind: string;
  name: string;
  organisation?: string;
}

export const subjectText = (s: AdultSubjectView) =>
  `${s.name} (${ROLE_LABEL[s.kind] ?? 'Adult'}${s.organisation ? `, ${s.organisation}` : ''})`;
