import type { Concern, Dashboard, Me } from '../../../src/tab/api/types.js';

const CATEGORIES = [
  { id: 'welfare', name: 'Welfare' },
  { id: 'bullying', name: 'Bullying' },
  { id: 'send', name: 'SEND' },
  { id: 'safeguarding', name: 'Safeguarding' },
];

const can = (overrides: Partial<Me['can']> = {}): Me['can'] => ({
  createConcern: true, listChildren: true, readChronology: false, listAuditEvents: false, dashboard: false, search: false, myConcerns: true, ...overrides,
});

export const ME = {
  dsl: { oid: 'oid-dsl', name: 'Alex Morgan', roles: ['staff', 'dsl'], readableCategories: [], school: { id: 's', name: 'Demo Primary', timeZone: 'Europe/London' }, categories: CATEGORIES, can: can({ readChronology: true, listAuditEvents: true, dashboard: true, search: true }) },
  teacher: { oid: 'oid-teacher', name: 'Jo Bennett', roles: ['staff'], readableCategories: [], school: { id: 's', name: 'Demo Primary', timeZone: 'Europe/London' }, categories: CATEGORIES, can: can() },
  admin: { oid: 'oid-admin', name: 'Taylor Reed', roles: ['admin'], readableCategories: [], school: { id: 's', name: 'Demo Primary', timeZone: 'Europe/London' }, categories: CATEGORIES, can: can({ createConcern: false, myConcerns: false, listAuditEvents: true }) },
} satisfies Record<string, Me>;

const PERSON = { oid: 'oid-teacher', name: 'Jo Bennett' };

export function concern(overrides: Partial<Concern> = {}): Concern {
  return {
    id: 'c-1',
    ref: 'C-ABC234',
    children: [{ childId: 'child-008', role: 'subject', name: 'Harry Nguyen', yearGroup: '1' }, { childId: 'child-010', role: 'witness', name: 'Jacob Murphy', yearGroup: '2' }],
    otherPeople: [{ name: 'Mrs Nguyen', relationship: 'Mother' }],
    categories: ['welfare'],
    account: 'Arrived without a coat and said he was hungry.',
    occurredAt: '2026-11-20T09:00:00Z',
    location: 'Classroom 4',
    actionTaken: 'Gave toast.',
    parentsInformed: { informed: false, reason: 'Waiting for DSL advice.' },
    alertedStaff: [{ oid: 'oid-dsl', name: 'Alex Morgan' }],
    createdBy: PERSON,
    recordedAt: '2026-11-20T09:30:00Z',
    status: 'new',
    actions: [],
    version: 1,
    updatedAt: '2026-11-20T09:30:00Z',
    updatedBy: PERSON,
    can: { read: true, edit: false, triage: false, close: false, manageActions: false },
    history: [],
    ...overrides,
  };
}

export const dslCan = { read: true, edit: true, triage: true, close: false, manageActions: true };

export function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    generatedAt: '2026-11-27T10:00:00Z',
    today: '2026-11-27',
    triage: {
      total: 5,
      items: [{ id: 'c-1', ref: 'C-ABC234', categories: ['welfare'], recordedAt: '2026-11-20T09:30:00Z', occurredAt: '2026-11-20T09:00:00Z', createdBy: PERSON, children: [{ childId: 'child-008', name: 'Harry Nguyen', role: 'subject' }] }],
    },
    actions: {
      dueSoonDays: 7,
      more: false,
      overdue: [{ concernId: 'c-2', ref: 'C-OVER22', actionId: 'a-1', description: 'Phone home', assignee: { oid: 'oid-dsl', name: 'Alex Morgan' }, dueDate: '2026-11-25', children: [{ childId: 'child-003', name: 'Chloe Price' }] }],
      dueSoon: [{ concernId: 'c-3', ref: 'C-SOON33', actionId: 'a-2', description: 'Meet parents', assignee: { oid: 'oid-dsl', name: 'Alex Morgan' }, dueDate: '2026-11-30', children: [] }],
    },
    counts: [
      { key: 'week', label: 'This week', startDate: '2026-11-23', total: 2, byCategory: CATEGORIES.map((c, i) => ({ category: c.id, name: c.name, count: i === 0 ? 2 : 0 })) },
      { key: 'term', label: 'This term (Autumn term)', startDate: '2026-09-01', total: 9, byCategory: CATEGORIES.map((c, i) => ({ category: c.id, name: c.name, count: 9 - i * 2 })) },
      { key: 'year', label: 'This school year (2026/27)', startDate: '2026-09-01', total: 9, byCategory: CATEGORIES.map((c, i) => ({ category: c.id, name: c.name, count: 9 - i * 2 })) },
    ],
    patterns: { rule: { minConcerns: 3, days: 30 }, more: false, items: [{ childId: 'child-008', name: 'Harry Nguyen', yearGroup: '1', concerns: 3 }] },
    ...overrides,
  };
}
