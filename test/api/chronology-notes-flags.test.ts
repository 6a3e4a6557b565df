import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const CHILD = 'child-009';

beforeAll(async () => {
  t = await startTestApp();
  await t.call('dsl', 'POST', '/api/case-notes', {
    body: { childId: CHILD, kind: 'meeting', method: 'in-person', occurredAt: '2026-11-20T15:30:00Z', with: [{ name: 'Social worker', relationship: 'agency', organisation: "Children's social care" }], summary: 'Core group meeting.' },
  });
  await t.call('dsl', 'POST', `/api/children/${CHILD}/status-flags`, { body: { flag: 'child-protection-plan', cpCategory: 'emotional-abuse', startDate: '2026-10-05' } });
  await t.call('dsl', 'POST', `/api/children/${CHILD}/status-flags`, { body: { flag: 'sen-support', startDate: '2026-09-04' } });
});
afterAll(() => t.close());

const entriesOf = async (persona: string) => (await t.call(persona, 'GET', `/api/children/${CHILD}/chronology`)).json.entries as Record<string, any>[];

describe('chronology: case notes and status flags', () => {
  it('a DSL sees the case note and the status flags in time order, each with kind, author and link', async () => {
    const entries = (await entriesOf('dsl')).filter((e) => e.kind === 'case-note' || e.kind === 'status-flag');
    expect(entries.map((e) => [e.kind, e.title])).toEqual([
      ['status-flag', 'SEN support started'],
      ['status-flag', 'Child protection plan (Emotional abuse) started'],
      ['case-note', 'Case note: meeting'],
    ]);
    for (const e of entries) {
      expect(e.by.name).toBe('Alex Morgan');
      expect(e.record).toMatchObject({ type: 'child', id: CHILD });
      expect(e.recordedAt).toBeTruthy();
    }
  });

  it('the SENCO sees the SEN support flag only: no case note, no child protection plan', async () => {
    const entries = await entriesOf('senco');
    expect(entries.filter((e) => e.kind === 'case-note')).toEqual([]);
    expect(entries.filter((e) => e.kind === 'status-flag').map((e) => e.title)).toEqual(['SEN support started']);
    expect(JSON.stringify(entries)).not.toMatch(/child protection plan/i);
  });

  it('teacher2 is refused the chronology', async () => {
    const r = await t.call('teacher2', 'GET', `/api/children/${CHILD}/chronology`);
    expect(r.status).toBe(403);
    expect(JSON.stringify(r.json)).not.toContain('Core group');
  });

  it('a category filter leaves out records that have no category', async () => {
    const entries = (await t.call('dsl', 'GET', `/api/children/${CHILD}/chronology?category=send`)).json.entries as { kind: string }[];
    expect(entries.filter((e) => e.kind === 'case-note' || e.kind === 'status-flag')).toEqual([]);
  });
});
