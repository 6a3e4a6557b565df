import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let linkId: string;

beforeAll(async () => {
  t = await startTestApp();
  linkId = (await t.call('dsl', 'POST', '/api/children/child-010/family-links', { body: { childId: 'child-011', kind: 'sibling' } })).json.id;
  await t.call('dsl', 'POST', '/api/children/child-010/adults', { body: { name: 'Dana Okafor', relationship: 'Mother', parentalResponsibility: true } });
  await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: 'child-011', role: 'subject' }], account: 'Sibling concern.' }) });
});
afterAll(() => t.close());

describe('family links', () => {
  it('shows siblings and adults with parental responsibility on both children, for a DSL', async () => {
    const a = await t.call('dsl', 'GET', '/api/children/child-010/family');
    expect(a.json.links).toEqual([expect.objectContaining({ id: linkId, kind: 'sibling', childId: 'child-011' })]);
    expect(a.json.adults).toEqual([expect.objectContaining({ name: 'Dana Okafor', parentalResponsibility: true })]);
    const b = await t.call('dsl', 'GET', '/api/children/child-011/family');
    expect(b.json.links.map((l: { childId: string }) => l.childId)).toEqual(['child-010']);
  });

  it('linking twice returns the one link; a child cannot be linked to themselves', async () => {
    const again = await t.call('deputy', 'POST', '/api/children/child-011/family-links', { body: { childId: 'child-010', kind: 'sibling' } });
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(linkId);
    expect((await t.call('dsl', 'POST', '/api/children/child-010/family-links', { body: { childId: 'child-010', kind: 'sibling' } })).status).toBe(422);
    expect((await t.call('dsl', 'POST', '/api/children/child-010/family-links', { body: { childId: 'child-011', kind: 'cousin' } })).status).toBe(422);
    expect((await t.call('dsl', 'POST', '/api/children/child-010/adults', { body: { name: '', relationship: 'x', parentalResponsibility: 'yes' } })).status).toBe(422);
  });

  it("the DSL's family view lists the linked children's open concerns", async () => {
    const v = await t.call('dsl', 'GET', '/api/children/child-010/family/open-work');
    expect(v.status).toBe(200);
    const sibling = v.json.items.find((i: { childId: string }) => i.childId === 'child-011');
    expect(sibling.kinds).toEqual(['sibling']);
    expect(sibling.openConcerns.length).toBeGreaterThan(0);
    expect(sibling.openConcerns[0].link).toMatch(/^#\/concerns\//);
  });

  it('the SENCO sees adults but not links or the family view; staff and admins see nothing', async () => {
    const senco = await t.call('senco', 'GET', '/api/children/child-010/family');
    expect(senco.json.adults.map((a: { name: string }) => a.name)).toEqual(['Dana Okafor']);
    expect(senco.json.links).toEqual([]);
    expect((await t.call('senco', 'GET', '/api/children/child-010/family/open-work')).status).toBe(403);
    expect((await t.call('senco', 'POST', '/api/children/child-010/family-links', { body: { childId: 'child-012', kind: 'household' } })).status).toBe(403);
    expect((await t.call('teacher2', 'GET', '/api/children/child-010/family')).status).toBe(404);
    expect((await t.call('teacher2', 'GET', '/api/children/child-010/family/open-work')).status).toBe(404);
    expect((await t.call('admin', 'GET', '/api/children/child-010/family')).status).toBe(404);
  });

  it("another school's ids answer 404", async () => {
    expect((await t.call('otherDsl', 'GET', '/api/children/child-010/family')).status).toBe(404);
    expect((await t.call('otherDsl', 'PATCH', `/api/family-links/${linkId}`, { body: { op: 'remove' } })).status).toBe(404);
    expect((await t.call('dsl', 'POST', '/api/children/child-010/family-links', { body: { childId: 'other-child-1', kind: 'sibling' } })).status).toBe(404);
  });

  it('removing a link keeps it in the audit trail and takes it off both children', async () => {
    const r = await t.call('dsl', 'POST', '/api/children/child-012/family-links', { body: { childId: 'child-013', kind: 'household' } });
    const removed = await t.call('dsl', 'PATCH', `/api/family-links/${r.json.id}`, { body: { op: 'remove' } });
    expect(removed.status).toBe(200);
    expect((await t.call('dsl', 'GET', '/api/children/child-013/family')).json.links).toEqual([]);
    const events = await t.call('dsl', 'GET', `/api/audit-events?recordId=${r.json.id}`);
    expect(events.json.items.map((e: { action: string }) => e.action).sort()).toEqual(['familyLink.create', 'familyLink.remove']);
  });

  it('only a DSL of the school removes a link: a teacher, the SENCO and an admin are refused, and nothing changes', async () => {
    const r = await t.call('dsl', 'POST', '/api/children/child-014/family-links', { body: { childId: 'child-015', kind: 'sibling' } });
    for (const who of ['teacher', 'teacher2', 'senco', 'admin']) {
      const refused = await t.call(who, 'PATCH', `/api/family-links/${r.json.id}`, { body: { op: 'remove' } });
      expect([403, 404], who).toContain(refused.status);
      expect(JSON.stringify(refused.json)).not.toContain('child-015');
    }
    expect((await t.call('dsl', 'PATCH', `/api/family-links/${r.json.id}`, { body: { op: 'unlink' } })).status).toBe(422);
    expect((await t.call('dsl', 'GET', '/api/children/child-014/family')).json.links.map((l: { childId: string }) => l.childId)).toEqual(['child-015']);
    const events = (await t.call('dsl', 'GET', `/api/audit-events?recordId=${r.json.id}`)).json.items as { action: string; outcome: string }[];
    expect(events.filter((e) => e.action === 'familyLink.remove' && e.outcome === 'denied')).toHaveLength(4);
    expect(events.filter((e) => e.action === 'familyLink.remove' && e.outcome === 'success')).toHaveLength(0);
  });
});
