import type { ChildRole, ConcernStatus } from '../api/types.js';

export const STATUS_LABELS: Record<ConcernStatus, string> = { new: 'New — awaiting triage', triaged: 'Triaged', closed: 'Closed' };
export const STATUS_SHORT: Record<ConcernStatus, string> = { new: 'New', triaged: 'Triaged', closed: 'Closed' };

export const ROLE_LABELS: Record<ChildRole, string> = {
  subject: 'Subject',
  victim: 'Victim',
  'alleged-perpetrator': 'Alleged perpetrator',
  witness: 'Witness',
};
export const CHILD_ROLES = Object.keys(ROLE_LABELS) as ChildRole[];

export const TRIAGE_DECISIONS: Record<string, string> = {
  'no-further-action': 'No further action',
  monitor: 'Monitor',
  'further-information-needed': 'Further information needed',
  'early-help': 'Early help',
  'refer-to-agency': 'Refer to an agency',
};

const FIELD_LABELS: Record<string, string> = {
  children: 'children',
  otherPeople: 'other people',
  categories: 'categories',
  account: 'account',
  occurredAt: 'when it happened',
  location: 'location',
  actionTaken: 'action taken',
  parentsInformed: 'parents informed',
  alertedStaff: 'staff alerted',
  status: 'status',
  triage: 'triage',
  closure: 'closure',
  actions: 'actions',
  documents: 'documents',
  bodyMap: 'body map',
};
export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;

/** A category's name from the school's list, or its id if the school no longer uses it. */
export const categoryName = (categories: { id: string; name: string }[], id: string) => categories.find((c) => c.id === id)?.name ?? id;

/** A DSL's priority at triage, in words. */
export const PRIORITY_LABELS: Record<'red' | 'amber' | 'green', string> = {
  red: 'Red — act today',
  amber: 'Amber — act this week',
  green: 'Green — can wait',
};
