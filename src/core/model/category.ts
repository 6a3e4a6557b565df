export const DEFAULT_CATEGORY_IDS = [
  'attendance',
  'behaviour',
  'bullying',
  'eal',
  'looked-after-children',
  'parent-contact',
  'ppg',
  'prejudice-based-incident',
  'safeguarding',
  'send',
  'transition',
  'welfare',
] as const;

export interface Category {
  id: string;
  name: string;
  /** False once retired: kept on old concerns, no longer offered for new ones. Categories are never deleted. */
  active: boolean;
  /** Concerns in it are for DSLs (and the member of staff who logged them) only. */
  restricted?: boolean;
}

/** Suggested additions from Keeping Children Safe in Education, one click away for an admin. */
export const SUGGESTED_CATEGORIES = [
  'Child-on-child abuse',
  'Online safety',
  'Domestic abuse',
  'Child exploitation',
  'FGM (female genital mutilation)',
  'Radicalisation',
] as const;

const NAMES: Record<(typeof DEFAULT_CATEGORY_IDS)[number], string> = {
  attendance: 'Attendance',
  behaviour: 'Behaviour',
  bullying: 'Bullying',
  eal: 'EAL (English as an additional language)',
  'looked-after-children': 'Looked after children',
  'parent-contact': 'Parent contact',
  ppg: 'PPG (pupil premium grant)',
  'prejudice-based-incident': 'Prejudice based incident',
  safeguarding: 'Safeguarding',
  send: 'SEND',
  transition: 'Transition',
  welfare: 'Welfare',
};

export const defaultCategories = (): Category[] =>
  DEFAULT_CATEGORY_IDS.map((id) => ({ id, name: NAMES[id], active: true }));
