export interface Child {
  id: string;
  type: 'child';
  schoolId: string;
  /** Unique Pupil Number (England), 13 characters. */
  upn: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string; // YYYY-MM-DD
  yearGroup: string; // e.g. "R", "1" … "6"
  leftAt?: string;
}

export const childDisplayName = (c: Pick<Child, 'givenName' | 'familyName'>) =>
  `${c.givenName} ${c.familyName}`;
