import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAllSchools } from '../../src/ops/verify-all-schools.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let concernId: string;
beforeAll(async () => {
  t = await startTestApp();
  concernId = (await t.call('teacher', 'POST', '/api/concerns', { body: concernBody() })).json.id;
});
afterAll(() => t.close());

type AgencyBody = { id: string; label: string; milestones: Record<string, unknown>[] };
const current = async () => {
  const r = await t.call('admin', 'GET', '/api/referral-settings');
  return { settings: r.json as { agencies: AgencyBody[]; alerts: Record<string, number> }, etag: r.headers.get('etag')! };
};
const put = (body: unknown, etag?: string, persona = 'admin') =>
  t.call(persona, 'PUT', '/api/referral-settings', { body, headers: etag ? { 'if-match': etag } : {} });
const referral = (agency: string) =>
  t.call('dsl', 'POST', '/api/referrals', { body: { concernId, childId: 'child-001', agency, madeAt: '2026-11-26T10:00:00Z', method: 'phone' } });

describe('referral settings (agencies, milestones, alert settings)', () => {
  it('starts from the six standard agencies with their statutory milestones, and DSLs can read them', async () => {
    const { settings } = await current();
    expect(settings.agencies.map((a) => a.id)).toEqual(['childrens-social-care', 'early-help', 'camhs', 'police', 'lado', 'other']);
    const csc = settings.agencies[0]!;
    expect(csc.milestones.find((m) => m.key === 'icpc')).toMatchObject({ timescale: { amount: 15, unit: 'working-days' }, startsFrom: { milestone: 'strategy-discussion' } });
    expect(settings.alerts).toEqual({ dueSoonWorkingDays: 1, escalateAfterWorkingDays: 2 });
    expect((await t.call('dsl', 'GET', '/api/referral-settings')).status).toBe(200);
  });

  it("lets the admin rename, retime and add agencies; new referrals get them, existing ones keep theirs", async () => {
    const before = await referral('childrens-social-care');
    expect(before.status).toBe(201);
    const { settings, etag } = await current();
    const agencies = settings.agencies.map((a) => (a.id === 'childrens-social-care'
      ? { ...a, label: 'Front door (MASH)', milestones: a.milestones.map((m) => (m.key === 'decision' ? { ...m, timescale: { amount: 2, unit: 'calendar-days' } } : m)) }
      : a));
    agencies.push({ id: 'youth-offending', label: 'Youth offending team', milestones: [
      { key: 'acknowledgement', label: 'Acknowledged', timescale: { amount: 5, unit: 'school-days' }, startsFrom: 'made' },
      { key: 'panel', label: 'Panel meeting', timescale: { amount: 10, unit: 'working-days' }, startsFrom: { milestone: 'acknowledgement' } },
    ] });
    const r = await put({ agencies, alerts: { dueSoonWorkingDays: 2, escalateAfterWorkingDays: 3 } }, etag);
    expect(r.status).toBe(200);
    expect(r.headers.get('etag')).not.toBe(etag);
    expect(r.json.alerts).toEqual({ dueSoonWorkingDays: 2, escalateAfterWorkingDays: 3 });

    const csc = await referral('childrens-social-care');
    expect(csc.json.agencyName).toBe('Front door (MASH)');
    expect(csc.json.milestones.find((m: { key: string }) => m.key === 'decision').dueAt).toBe('2026-11-28T17:00:00.000Z');
    const yot = await referral('youth-offending');
    expect(yot.status).toBe(201);
    expect(yot.json).toMatchObject({ agency: 'youth-offending', agencyName: 'Youth offending team' });
    expect(yot.json.milestones.map((m: { key: string }) => m.key)).toEqual(['acknowledgement', 'panel']);
    const old = await t.call('dsl', 'GET', `/api/referrals/${before.json.id}`);
    expect(old.json.agencyName).toBe("Children's social care / MASH");
    expect(old.json.milestones.find((m: { key: string }) => m.key === 'decision').dueAt).toBe('2026-11-27T17:00:00.000Z');
    expect((await t.call('dsl', 'GET', '/api/referrals?agency=youth-offending')).json.items.map((x: { id: string }) => x.id)).toEqual([yot.json.id]);
  });

  it('versions and audits the change in the school configuration chain, which verifies', async () => {
    const history = await t.call('admin', 'GET', '/api/access-config');
    expect(JSON.stringify(history.json)).toContain('Youth offending team');
    const events = (await t.call('admin', 'GET', '/api/audit-events?recordId=access-config')).json.items.map((e: { action: string }) => e.action);
    expect(events).toContain('referralSettings.update');
    expect(await verifyAllSchools(t.cosmos.store, () => undefined)).toBe(true);
  });

  it('refuses staff, DSL edits, missing and stale versions, and other schools see their own defaults', async () => {
    const { settings, etag } = await current();
    expect((await t.call('teacher', 'GET', '/api/referral-settings')).status).toBe(403);
    expect((await t.call('senco', 'GET', '/api/referral-settings')).status).toBe(403);
    expect((await put(settings, etag, 'dsl')).status).toBe(403);
    expect((await put(settings)).status).toBe(428);
    expect((await put(settings, '"stale"')).status).toBe(412);
    const other = await t.call('otherDsl', 'GET', '/api/referral-settings');
    expect(other.json.agencies.map((a: AgencyBody) => a.id)).not.toContain('youth-offending');
    expect((await t.call('dsl', 'POST', '/api/referrals', { body: { concernId, childId: 'child-001', agency: 'nope', madeAt: '2026-11-26T10:00:00Z', method: 'phone' } })).status).toBe(422);
  });

  it('refuses bad settings with a 422 naming the field, and stores nothing', async () => {
    const { settings, etag } = await current();
    const csc = settings.agencies[0]!;
    const withCsc = (milestones: unknown[]) => ({ ...settings, agencies: [{ ...csc, milestones }, ...settings.agencies.slice(1)] });
    const next = `agencies.${settings.agencies.length}.id`;
    const ms = (key: string, startsFrom: unknown, timescale: unknown = { amount: 1, unit: 'working-days' }) => ({ key, label: key, timescale, startsFrom });
    const cases: [unknown, string][] = [
      [withCsc([ms('a', 'made', { amount: 1, unit: 'fortnights' })]), 'agencies.0.milestones.0.timescale.unit'],
      [withCsc([ms('a', 'made', { amount: -1, unit: 'working-days' })]), 'agencies.0.milestones.0.timescale.amount'],
      [withCsc([ms('a', 'made', { amount: 1.5, unit: 'working-days' })]), 'agencies.0.milestones.0.timescale.amount'],
      [withCsc([ms('a', { milestone: 'missing' })]), 'agencies.0.milestones.0.startsFrom.milestone'],
      [withCsc([ms('a', { milestone: 'b' }), ms('b', { milestone: 'a' })]), 'agencies.0.milestones.0.startsFrom.milestone'],
      [withCsc([ms('a', { milestone: 'a' })]), 'agencies.0.milestones.0.startsFrom.milestone'],
      [withCsc([ms('a', 'made'), ms('a', 'made')]), 'agencies.0.milestones.1.key'],
      [withCsc([ms('a', 'soon')]), 'agencies.0.milestones.0.startsFrom'],
      [{ ...settings, agencies: [...settings.agencies, { ...csc }] }, next],
      [{ ...settings, agencies: settings.agencies.slice(1) }, 'childrens-social-care'],
      [{ ...settings, agencies: [...settings.agencies, { id: 'Bad Id!', label: 'x', milestones: [] }] }, next],
      [{ ...settings, agencies: [{ ...csc, label: '' }, ...settings.agencies.slice(1)] }, 'agencies.0.label'],
      [{ ...settings, alerts: { dueSoonWorkingDays: -1, escalateAfterWorkingDays: 2 } }, 'alerts.dueSoonWorkingDays'],
      [{ ...settings, extra: true }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const r = await put(body, etag);
      expect(r.status, field).toBe(422);
      expect(JSON.stringify(r.json.error), field).toContain(field);
    }
    const after = await current();
    expect(after.etag).toBe(etag);
    expect(after.settings).toEqual(settings);
  });

  it('keeps a script in a label as text', async () => {
    const { settings, etag } = await current();
    const label = '<img src=x onerror=alert(1)>';
    const r = await put({ ...settings, agencies: [...settings.agencies, { id: 'script-test', label, milestones: [] }] }, etag);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/json');
    expect(r.json.agencies.at(-1).label).toBe(label);
  });

  it('refuses (409, not 500) a referral whose school-day timescale has no term days to count on, and stores nothing', async () => {
    const cal = await t.call('admin', 'GET', '/api/school-calendar');
    expect((await t.call('admin', 'PUT', '/api/school-calendar', { body: { terms: [] }, headers: { 'if-match': cal.headers.get('etag')! } })).status).toBe(200);
    const before = (await t.call('dsl', 'GET', '/api/referrals?agency=youth-offending')).json.items.length;
    const r = await referral('youth-offending');
    expect(r.status).toBe(409);
    expect(r.json.error.message).toContain('term dates');
    expect((await t.call('dsl', 'GET', '/api/referrals?agency=youth-offending')).json.items).toHaveLength(before);
  });
});
