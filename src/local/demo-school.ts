import { defaultCategories } from '../core/model/category.js';
import type { Child } from '../core/model/child.js';
import type { School } from '../core/model/school.js';
import { DEMO_GROUPS, DEMO_SCHOOL_ID, DEMO_TENANT_ID } from './demo-identity.js';

export const demoSchool = (): School => ({
  id: DEMO_SCHOOL_ID,
  type: 'school',
  schoolId: DEMO_SCHOOL_ID,
  tenantId: DEMO_TENANT_ID,
  name: 'Lantern Demo Primary School',
  timeZone: 'Europe/London',
  categories: defaultCategories(),
  calendar: {
    terms: [
      { start: '2026-09-03', end: '2026-10-23' }, { start: '2026-11-02', end: '2026-12-18' },
      { start: '2027-01-05', end: '2027-02-12' }, { start: '2027-02-22', end: '2027-03-26' },
      { start: '2027-04-12', end: '2027-05-28' }, { start: '2027-06-07', end: '2027-07-21' },
    ],
    closures: ['2027-01-04', '2027-06-07'],
  },
  alerts: { dueSoonWorkingDays: 1, escalateAfterWorkingDays: 2 },
  access: {
    staffGroups: [DEMO_GROUPS.staff],
    dslGroups: [DEMO_GROUPS.dsl],
    adminGroups: [DEMO_GROUPS.admin],
    categoryReaders: [{ groupId: DEMO_GROUPS.sendReaders, label: 'SENCO', categories: ['send'] }],
    escalationGroups: [DEMO_GROUPS.head],
  },
});

// Invented names; any likeness to a real child is chance.
const NAMES: [string, string][] = [
  ['Amara', 'Okafor'], ['Ben', 'Hughes'], ['Chloe', 'Price'], ['Daniel', 'Kowalski'], ['Ella', 'Robinson'],
  ['Finley', 'Ahmed'], ['Grace', 'Turner'], ['Harry', 'Nguyen'], ['Isla', 'Campbell'], ['Jacob', 'Murphy'],
  ['Keira', 'Singh'], ['Leo', 'Walsh'], ['Maya', 'Edwards'], ['Noah', 'Begum'], ['Olivia', 'Clarke'],
  ['Patrick', 'Lewis'], ['Ruby', 'Hall'], ['Samir', 'Hussain'], ['Tia', 'Wright'], ['Umar', 'Ali'],
  ['Violet', 'Green'], ['William', 'Evans'], ['Yasmin', 'Khan'], ['Zach', 'Taylor'], ['Aisha', 'Mohammed'],
  ['Callum', 'Scott'], ['Darcy', 'Young'], ['Ethan', 'Baker'], ['Freya', 'Mitchell'], ['George', 'Adams'],
];
const YEARS = ['R', '1', '2', '3', '4', '5', '6'];

/** About 30 children from Reception to Year 6, with plausible ages for the 2026/27 school year. */
export function demoChildren(): Child[] {
  return NAMES.map(([givenName, familyName], i) => {
    const year = YEARS[i % YEARS.length]!;
    const birthYear = 2021 - (year === 'R' ? 0 : Number(year));
    const month = String((i % 12) + 1).padStart(2, '0');
    return {
      id: `child-${String(i + 1).padStart(3, '0')}`,
      type: 'child',
      schoolId: DEMO_SCHOOL_ID,
      upn: `A82${String(1000000000 + i * 7919).slice(0, 10)}`,
      givenName,
      familyName,
      dateOfBirth: `${birthYear - (Number(month) > 8 ? 1 : 0)}-${month}-${String((i % 27) + 1).padStart(2, '0')}`,
      yearGroup: year,
    };
  });
}

/**
 * Pupils no longer on roll: a former pupil (born 1999, left in 2010) whose closed
 * file is past its review date (date of birth + 25 years), and a Year 6 pupil
 * who left this term (`leftOn`, the school's local date) and is moving school.
 * Kept apart from demoChildren(), which is the current roll.
 */
export function demoLeavers(leftOn: string): Child[] {
  const base = { type: 'child', schoolId: DEMO_SCHOOL_ID } as const;
  return [
    { ...base, id: 'former-001', upn: 'A829900000014', givenName: 'Hannah', familyName: 'Fletcher', dateOfBirth: '1999-04-12', yearGroup: '6', leftAt: '2010-07-21' },
    { ...base, id: 'leaver-001', upn: 'A829900000022', givenName: 'Oscar', familyName: 'Reid', dateOfBirth: '2016-03-18', yearGroup: '6', leftAt: leftOn },
  ];
}
