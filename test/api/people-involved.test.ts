import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySchoolAudit } from '../../src/core/usecases/verify-school-audit.js';
import { demoSchool } from '../../src/local/demo-school.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

// child-004 is the subject here; the adults are outside the school (not staff, not children on roll).
const CHILD = 'child-004';
let t: TestApp;
let concern: { id: string; ref: string };

const PEOPLE = [
  { name: 'Karen Whitfield', relationship: "Mum's partner", part: 'Shouted at the child at the gate and grabbed his arm.' },
  { name: 'Derek Oyelaran', relationship: 'Neighbour', part: 'Saw it happen and came into the office.' },
];
const create = (overrides: Record<string, unknown>) => t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: CHILD, role: 'subject' }], ...overrides }) });
const count = async () => (await t.call('dsl', 'GET', `/api/concerns?childId=${CHILD}&limit=100`)).json.items.length as number;

beforeAll(async () => {
  t = await startTestApp();
  const r = await create({ otherPeople: PEOPLE, account: 'At pick-up Karen Whitfield shouted and grabbed his arm; Mr Oyelaran saw it.' });
  expect(r.status).toBe(201);
  concern = r.json;
});
afterAll(() => t.close());

describe('people involved on a concern', () => {
  it('keeps each adult with their name, relationship to the child and part in the incident', async () => {
    const read = await t.call('dsl', 'GET', `/api/concerns/${concern.id}`);
    expect(read.json.otherPeople).toEqual(PEOPLE);
    const own = await t.call('teacher', 'GET', `/api/concerns/${concern.id}`);
    expect(own.json.otherPeople).toEqual(PEOPLE);
  });

  it('carries them into the chronology entry of the concern', async () => {
    const r = await t.call('dsl', 'GET', `/api/children/${CHILD}/chronology`);
    const entry = r.json.entries.find((e: { kind: string; record: { id: string } }) => e.kind === 'concern' && e.record.id === concern.id);
    expect(entry.details).toEqual(expect.arrayContaining([
      { label: 'Person involved', value: "Karen Whitfield (Mum's partner): Shouted at the child at the gate and grabbed his arm." },
      { label: 'Person involved', value: 'Derek Oyelaran (Neighbour): Saw it happen and came into the office.' },
    ]));
  });

  it('is audited as part of the concern: the create event is under tamper evidence with the record', async () => {
    const events = (await t.call('dsl', 'GET', `/api/audit-events?recordId=${concern.id}&limit=50`)).json.items;
    expect(events).toContainEqual(expect.objectContaining({ action: 'concern.create', outcome: 'success' }));
    const verified = await verifySchoolAudit(t.cosmos.store, demoSchool().id);
    expect(verified.problems.filter((p) => p.recordId === concern.id)).toEqual([]);
  });

  it('makes each of them a redaction candidate in a subject access export, surname alone included', async () => {
    const sar = await t.call('dsl', 'POST', '/api/subject-access-requests', {
      body: { childId: CHILD, requester: { name: 'A Parent', relationship: 'parent-carer' }, receivedOn: '2026-11-20', identity: { checked: true, method: 'known-to-school', checkedOn: '2026-11-20' } },
    });
    expect(sar.status).toBe(201);
    const preview = await t.call('dsl', 'GET', `/api/subject-access-requests/${sar.json.id}/export-preview`);
    expect(preview.status).toBe(200);
    const third = preview.json.redactions.filter((r: { kind: string }) => r.kind === 'third-party');
    for (const name of ['Karen Whitfield', 'Derek Oyelaran']) {
      expect(third.find((r: { original: string }) => r.original === name)).toMatchObject({ redacted: true });
    }
    // "Mr Oyelaran" in the account is the same person by surname: it is found and redacted too.
    const derek = third.find((r: { original: string }) => r.original === 'Derek Oyelaran');
    expect(derek.occurrences).toBeGreaterThanOrEqual(2);
  });

  it('an edit before triage can add a person; the change is kept as a version', async () => {
    const r = await create({ otherPeople: [] });
    const current = await t.call('teacher', 'GET', `/api/concerns/${r.json.id}`);
    const next = [{ name: 'Sam Pryce', relationship: 'Uncle', part: 'Collected her late.' }];
    const edited = await t.call('dsl', 'PATCH', `/api/concerns/${r.json.id}`, { body: { op: 'edit', changes: { otherPeople: next } }, headers: { 'if-match': current.headers.get('etag')! } });
    expect(edited.status).toBe(200);
    expect(edited.json.otherPeople).toEqual(next);
  });
});

describe('people involved: hostile and malformed input', () => {
  it('keeps markup in a name as text (escaped where shown), never as markup that runs', async () => {
    const r = await create({ otherPeople: [{ name: '<script>alert(1)</script>', relationship: '<img src=x onerror=alert(2)>', part: 'javascript:alert(3)' }] });
    expect(r.status).toBe(201);
    expect(r.json.otherPeople[0].name).toBe('<script>alert(1)</script>');
  });

  it('removes bidi overrides and zero-width characters from a name and a relationship', async () => {
    const r = await create({ otherPeople: [{ name: 'Mrs \u202EnosnhoJ\u202C\u200B', relationship: 'Mo\u200Dther\u2066' }] });
    expect(r.status).toBe(201);
    expect(r.json.otherPeople[0]).toEqual({ name: 'Mrs nosnhoJ', relationship: 'Mother' });
  });

  it.each([
    ['a name of only invisible characters', [{ name: '\u200B\u202E\u2066', relationship: 'Mother' }], 'otherPeople.0.name'],
    ['no relationship', [{ name: 'Jo Smith', relationship: '  ' }], 'otherPeople.0.relationship'],
    ['a name too long', [{ name: 'x'.repeat(201), relationship: 'Mother' }], 'otherPeople.0.name'],
    ['a part too long', [{ name: 'Jo Smith', relationship: 'Mother', part: 'x'.repeat(501) }], 'otherPeople.0.part'],
    ['an unknown field', [{ name: 'Jo Smith', relationship: 'Mother', oid: 'x' }], 'otherPeople.0'],
    ['a control character', [{ name: 'Jo\u0007 Smith', relationship: 'Mother' }], 'otherPeople.0.name'],
    ['the same person twice', [{ name: 'Jo Smith', relationship: 'Mother' }, { name: 'jo smith', relationship: 'mother' }], 'otherPeople'],
    ['not a list', { name: 'Jo Smith' }, 'otherPeople'],
  ])('refuses %s with a 422 naming the field, and stores nothing', async (_what, otherPeople, path) => {
    const before = await count();
    const r = await create({ otherPeople });
    expect(r.status).toBe(422);
    expect(r.json.error.code).toBe('validation_failed');
    expect(r.json.error.problems.map((p: { path: string }) => p.path)).toContain(path);
    expect(await count()).toBe(before);
  });

  it('refuses an oversized list with a 422 that says how many may be named', async () => {
    const before = await count();
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `Adult ${i}`, relationship: 'Neighbour' }));
    const r = await create({ otherPeople: many });
    expect(r.status).toBe(422);
    expect(r.json.error.problems[0]).toMatchObject({ path: 'otherPeople', message: expect.stringMatching(/at most 20 people/) });
    expect(await count()).toBe(before);
  });
});
