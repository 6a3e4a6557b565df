import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

// child-001 Amara Okafor is the subject. Free text names: another child on roll (Maya Edwards), her father (Kofi Okafor,
// parental responsibility), her grandmother (Gloria Mensah), a neighbour on the record (Ben Carter), a social worker
// (Tom Okoye, an agency contact), two members of staff who authored nothing ("Mrs Shah" = Priya Shah, the SENCO, and
// Chris Evans, a teacher: both only in the directory), and a name no list knows (Desmond Fairweather).
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  const concern = await t.call('teacher', 'POST', '/api/concerns', {
    body: concernBody({
      account: 'Amara said Maya Edwards pushed her. Kofi collected her; Gloria Mensah was in the car. Ben Carter from next door saw it. Mrs Shah and Chris Evans sat with her. Desmond Fairweather was waiting at the gate.',
      otherPeople: [{ name: 'Ben Carter', relationship: 'Neighbour' }],
    }),
  });
  expect(concern.status).toBe(201);
  expect((await t.call('dsl', 'POST', '/api/children/child-001/adults', { body: { name: 'Gloria Mensah', relationship: 'Grandmother', parentalResponsibility: false } })).status).toBe(201);
  expect((await t.call('dsl', 'POST', '/api/children/child-001/adults', { body: { name: 'Kofi Okafor', relationship: 'Father', parentalResponsibility: true } })).status).toBe(201);
  const referral = await t.call('dsl', 'POST', '/api/referrals', { body: { concernId: concern.json.id, childId: 'child-001', agency: 'early-help', madeAt: new Date(Date.now() - 1_800_000).toISOString(), method: 'email', reference: '' } });
  expect(referral.status).toBe(201);
  const contact = await t.call('dsl', 'POST', `/api/referrals/${referral.json.id}/contacts`, {
    body: { at: new Date(Date.now() - 600_000).toISOString(), direction: 'incoming', method: 'phone', whoName: 'Tom Okoye', whoRole: 'Social worker', summary: 'Mr Okoye will visit on Monday.' },
  });
  expect(contact.status).toBe(201);
});
afterAll(() => t.close());

const sarBody = { childId: 'child-001', requester: { name: 'Ngozi Okafor', relationship: 'parent-carer' }, receivedOn: '2026-11-20', identity: { checked: true, method: 'known-to-school', checkedOn: '2026-11-20' } };

type Redaction = { id: string; original: string; kind: string; category: string; redacted: boolean; occurrences: number; decision?: { reason: string }; mentions: { where: string; context: string }[] };
const byName = (rs: Redaction[], name: string) => rs.find((r) => r.original === name);

async function jsonOf(path: string) {
  const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${await t.token('dsl')}` } });
  return Buffer.from(await res.arrayBuffer()).toString('utf8');
}

async function previewOf(id: string) {
  const p = await t.call('dsl', 'GET', `/api/subject-access-requests/${id}/export-preview`);
  expect(p.status).toBe(200);
  return { etag: p.headers.get('etag')!, redactions: p.json.redactions as Redaction[], unknownNames: p.json.unknownNames as { name: string }[], defaults: p.json.defaults as Record<string, string> };
}

describe('staff from the directory are redaction candidates', () => {
  it('finds a member of staff named only in free text (full name, and title with surname) and redacts them by default', async () => {
    const sar = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody });
    const p = await previewOf(sar.json.id);
    const shah = byName(p.redactions, 'Priya Shah')!;
    expect(shah).toMatchObject({ kind: 'staff', category: 'staff', redacted: true, occurrences: 1 });
    expect(shah.mentions[0]!.context).toContain('Mrs Shah and Chris Evans');
    expect(byName(p.redactions, 'Chris Evans')).toMatchObject({ kind: 'staff', category: 'staff', redacted: true, occurrences: 1 });
    expect(p.unknownNames.map((u) => u.name).join(' ')).not.toMatch(/Shah|Evans/);
    const released = await t.call('dsl', 'POST', `/api/subject-access-requests/${sar.json.id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': p.etag } });
    expect(released.status).toBe(201);
    const json = await jsonOf(released.json.files.json);
    expect(json).not.toMatch(/Shah|Chris Evans/);
    expect(json).toContain('[Staff member');
  });
});

describe("the school's disclosure defaults per kind of person", () => {
  it('a DSL reads the defaults in words; others are refused; bad input says what to fix and stores nothing', async () => {
    const got = await t.call('dsl', 'GET', '/api/disclosure-settings');
    expect(got.status).toBe(200);
    expect(got.json.custom).toBe(false);
    expect(got.json.defaults).toEqual({ 'other-child': 'redact', 'parent-carer': 'redact', family: 'redact', 'other-adult': 'redact', professional: 'redact', staff: 'redact', unknown: 'disclose' });
    expect(got.json.kinds.map((k: { label: string }) => k.label)).toContain('Other children');
    expect((await t.call('admin', 'GET', '/api/disclosure-settings')).status).toBe(200);
    expect((await t.call('teacher', 'GET', '/api/disclosure-settings')).status).toBe(403);
    const etag = got.headers.get('etag')!;
    const put = (persona: string, body: unknown, headers: Record<string, string> = { 'if-match': etag }) => t.call(persona, 'PUT', '/api/disclosure-settings', { body, headers });
    expect((await put('teacher', { defaults: { professional: 'disclose' } })).status).toBe(403);
    expect((await put('dsl', { defaults: { professional: 'disclose' } }, {})).status).toBe(428);
    const wrongChoice = await put('dsl', { defaults: { professional: 'maybe' } });
    expect(wrongChoice.status).toBe(422);
    expect(JSON.stringify(wrongChoice.json)).toContain('defaults.professional');
    expect((await put('dsl', { defaults: { nurses: 'redact' } })).status).toBe(422);
    expect((await put('dsl', { defaults: { professional: 'disclose' }, extra: '<script>' })).status).toBe(422);
    expect((await put('dsl', 'not json at all')).status).toBeGreaterThanOrEqual(400);
    expect((await put('dsl', { defaults: { professional: 'disclose' } }, { 'if-match': '"stale"' })).status).toBe(412);
    expect((await t.call('dsl', 'GET', '/api/disclosure-settings')).headers.get('etag')).toBe(etag);
  });

  it('a DSL sets them (versioned and audited); the preview applies them per kind; the DSL still overrides one person with a reason', async () => {
    const before = await t.call('dsl', 'GET', '/api/disclosure-settings');
    const saved = await t.call('dsl', 'PUT', '/api/disclosure-settings', {
      body: { defaults: { professional: 'disclose', staff: 'disclose', 'parent-carer': 'disclose', unknown: 'redact' } },
      headers: { 'if-match': before.headers.get('etag')! },
    });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ custom: true, defaults: { 'other-child': 'redact', family: 'redact', 'other-adult': 'redact', professional: 'disclose', staff: 'disclose', 'parent-carer': 'disclose', unknown: 'redact' } });
    const config = await t.call('admin', 'GET', '/api/access-config');
    expect(JSON.stringify(config.json)).toContain('disclosureDefaults');

    const sar = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody });
    let p = await previewOf(sar.json.id);
    expect(p.defaults).toMatchObject({ professional: 'disclose', unknown: 'redact' });
    expect(byName(p.redactions, 'Maya Edwards')).toMatchObject({ category: 'other-child', redacted: true });
    expect(byName(p.redactions, 'Gloria Mensah')).toMatchObject({ category: 'family', redacted: true });
    expect(byName(p.redactions, 'Ben Carter')).toMatchObject({ category: 'other-adult', redacted: true });
    expect(byName(p.redactions, 'Kofi Okafor')).toMatchObject({ category: 'parent-carer', redacted: false });
    expect(byName(p.redactions, 'Tom Okoye')).toMatchObject({ category: 'professional', redacted: false });
    expect(byName(p.redactions, 'Priya Shah')).toMatchObject({ category: 'staff', redacted: false });
    expect(byName(p.redactions, 'Desmond Fairweather')).toMatchObject({ category: 'unknown', redacted: true });
    expect(p.unknownNames.map((u) => u.name)).toContain('Desmond Fairweather'); // still flagged for the DSL

    // The DSL overrides two people, each with a reason: the social worker is withheld, the grandmother released.
    let etag = p.etag;
    const review = async (name: string, redact: boolean, reason: string) => {
      const r = await t.call('dsl', 'PATCH', `/api/subject-access-requests/${sar.json.id}`, { body: { op: 'reviewRedaction', redactionId: byName(p.redactions, name)!.id, redact, reason }, headers: { 'if-match': etag } });
      expect(r.status).toBe(200);
      etag = r.headers.get('etag')!;
    };
    await review('Tom Okoye', true, 'Named at risk: the family has threatened him.');
    await review('Gloria Mensah', false, 'She asked for her part to be shared.');
    p = await previewOf(sar.json.id);
    expect(byName(p.redactions, 'Tom Okoye')).toMatchObject({ redacted: true, decision: { reason: 'Named at risk: the family has threatened him.' } });
    expect(byName(p.redactions, 'Gloria Mensah')).toMatchObject({ redacted: false, decision: { reason: 'She asked for her part to be shared.' } });

    const released = await t.call('dsl', 'POST', `/api/subject-access-requests/${sar.json.id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': p.etag } });
    expect(released.status).toBe(201);
    const json = await jsonOf(released.json.files.json);
    expect(json).not.toMatch(/Maya|Edwards|Ben Carter|Okoye|Desmond|Fairweather/);
    expect(json).toContain('Gloria Mensah');
    expect(json).toContain('Kofi');
    expect(json).toContain('Mrs Shah');
    expect(json).toContain('Chris Evans');
  });
});
