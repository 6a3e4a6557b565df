/** Words for the child's file: statuses, case note kinds, methods and relationships. */
export const FLAG_LABELS: Record<string, string> = {
  'child-protection-plan': 'Child protection plan',
  'child-in-need': 'Child in need',
  'looked-after': 'Looked after',
  'previously-looked-after': 'Previously looked after',
  'early-help': 'Early help',
  'young-carer': 'Young carer',
  'private-fostering': 'Private fostering',
  'open-to-social-care': 'Open to social care',
  'sen-support': 'SEN support',
  ehcp: 'EHCP',
  'pupil-premium': 'Pupil premium',
};

export const CP_CATEGORY_LABELS: Record<string, string> = {
  neglect: 'Neglect',
  'physical-abuse': 'Physical abuse',
  'emotional-abuse': 'Emotional abuse',
  'sexual-abuse': 'Sexual abuse',
  multiple: 'Multiple categories',
};

export const NOTE_KIND_LABELS: Record<string, string> = { call: 'Call', meeting: 'Meeting', conversation: 'Conversation', note: 'Note' };

export const NOTE_METHOD_LABELS: Record<string, string> = {
  phone: 'Phone', 'in-person': 'In person', video: 'Video call', email: 'Email', letter: 'Letter', other: 'Other',
};

export const RELATIONSHIP_LABELS: Record<string, string> = {
  'parent-carer': 'Parent or carer', agency: 'Agency', colleague: 'Colleague', child: 'The child', other: 'Other',
};

export const LINK_KIND_LABELS: Record<string, string> = { sibling: 'Sibling', household: 'Same household' };

/** "Child protection plan (Neglect)", or the status alone. */
export const flagText = (f: { flag: string; cpCategory?: string }) =>
  `${FLAG_LABELS[f.flag] ?? 'Status'}${f.cpCategory ? ` (${CP_CATEGORY_LABELS[f.cpCategory] ?? 'category not known'})` : ''}`;
