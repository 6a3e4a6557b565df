import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

// child-001 Amara Okafor is the subject. Maya Edwards (child-013) is another child on roll, named only in free text.
let t: TestApp;
let concernId: string;
let secretId: string;

const SECRET = 'Disclosure about the home: details the school withholds under an exemption.';

beforeAll(async () => {
  t = await startTestApp();
  const concern = await t.call('teacher', 'POST', '/api/concerns', {
    body: concernBody({
      account: "Amara said Maya Edwards took her phone at lunch. Later Maya cried. Gloria Mensah's car was outside; Uncle Desmond Fairweather shouted <script>alert('x')</script>.",
      actionTaken: 'Told Gloria at pick-up.',
    }),
  });
  expect(concern.status).toBe(201);
  concernId = concern.json.id;
  const secret = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ account: SECRET, categories: ['welfare'] }) });
  expect(secret.status).toBe(201);
  secretId = secret.json.id;
  expect((await t.call('dsl', 'POST', '/api/children/child-001/adults', { body: { name: 'Gloria Mensah', relationship: 'Grandmother', parentalResponsibility: false } })).status).toBe(201);
  const referral = await t.call('dsl', 'POST', '/api/referrals', { body: { concernId, childId: 'child-001', agency: 'early-help', madeAt: new Date(Date.now() - 1_800_000).toISOString(), method: 'email', reference: '' } });
  expect(referral.status).toBe(201);
  const contact = await t.call('dsl', 'POST', `/api/referrals/${referral.json.id}/contacts`, {
    body: { at: new Date(Date.now() - 600_000).toISOString(), direction: 'incoming', method: 'phone', whoName: 'Priya Sandhu', whoRole: 'Early help worker', summary: 'Ms Sandhu will visit on Monday. Priya Sandhu asked for the attendance record.' },
  });
  expect(contact.status).toBe(201);
});
afterAll(() => t.close());

const sarBody = { childId: 'child-001', requester: { name: 'Ngozi Okafor', relationship: 'parent-carer' }, receivedOn: '2026-11-20', identity: { checked: true, method: 'known-to-school', checkedOn: '2026-11-20' } };

async function download(path: string) {
  const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${await t.token('dsl')}` } });
  return new Uint8Array(await res.arrayBuffer());
}
const pdfText = async (bytes: Uint8Array) => (await extractText(await getDocumentProxy(bytes), { mergePages: true })).text;

type Preview = {
  redactions: { original: string; kind: string; redacted: boolean; occurrences: number; mentions: { where: string; context: string }[] }[];
  unknownNames: { name: string; where: string; context: string }[];
};

describe('safe disclosure: names in free text, and withholding under an exemption', () => {
  it('lists every free-text mention for review, releases none of the known names, and flags the unknown one', async () => {
    const sar = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody });
    expect(sar.status).toBe(201);
    const preview = await t.call('dsl', 'GET', `/api/subject-access-requests/${sar.json.id}/export-preview`);
    expect(preview.status).toBe(200);
    const p = preview.json as Preview;
    const maya = p.redactions.find((r) => r.original === 'Maya Edwards')!;
    expect(maya).toMatchObject({ kind: 'other-child', redacted: true });
    expect(maya.occurrences).toBe(2); // full name and first name alone
    expect(maya.mentions.map((m) => m.context).join(' ')).toMatch(/Later Maya cried/);
    expect(maya.mentions[0]!.where).toMatch(/^Concerns: /);
    const sandhu = p.redactions.filter((r) => r.original === 'Priya Sandhu');
    expect(sandhu.reduce((n, r) => n + r.occurrences, 0)).toBeGreaterThanOrEqual(3); // structured "who", "Ms Sandhu", full name
    expect(sandhu.flatMap((r) => r.mentions.map((m) => m.context)).join(' ')).toContain('Ms Sandhu will visit');
    const gloria = p.redactions.filter((r) => r.original === 'Gloria Mensah');
    expect(gloria.reduce((n, r) => n + r.occurrences, 0)).toBeGreaterThanOrEqual(2); // full name with possessive, first name alone
    expect(p.unknownNames.map((u) => u.name)).toContain('Desmond Fairweather');
    expect(p.unknownNames.find((u) => u.name === 'Desmond Fairweather')!.context).toContain('Desmond Fairweather shouted');
    // Nothing is shown as an internal code where the DSL reads it.
    for (const m of [...p.redactions.flatMap((r) => r.mentions), ...p.unknownNames]) expect(m.where).not.toMatch(/[a-z]+-[0-9a-f]{6,}|\d{4}-\d\d-\d\dT/);

    const released = await t.call('dsl', 'POST', `/api/subject-access-requests/${sar.json.id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': preview.headers.get('etag')! } });
    expect(released.status).toBe(201);
    const pdf = await pdfText(await download(released.json.files.pdf));
    const json = Buffer.from(await download(released.json.files.json)).toString('utf8');
    for (const text of [pdf, json]) {
      expect(text).toContain('Amara');
      expect(text).not.toMatch(/Maya|Edwards|Sandhu|Priya|Gloria|Mensah/);
      expect(text).toContain("<script>alert('x')</script>"); // script stays text
    }
  });

  it('withholds an entry with a basis: its text is in neither file, and the release records the basis', async () => {
    const sar = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody });
    const id = sar.json.id;
    let etag = sar.headers.get('etag')!;
    const patch = (body: unknown) => t.call('dsl', 'PATCH', `/api/subject-access-requests/${id}`, { body, headers: { 'if-match': etag } });

    // Bad input: a clear 4xx, nothing stored.
    expect((await patch({ op: 'withhold', recordId: secretId, basis: 'because', note: 'x' })).status).toBe(422);
    expect((await patch({ op: 'withhold', recordId: secretId, basis: 'serious-harm', note: '' })).status).toBe(422);
    expect((await patch({ op: 'withhold', recordId: 'no-such-record', basis: 'serious-harm', note: 'x' })).status).toBe(422);
    expect((await patch({ op: 'withhold', recordId: concernId, passage: 'not in the entry', basis: 'crime', note: 'x' })).status).toBe(422);
    expect((await t.call('teacher', 'PATCH', `/api/subject-access-requests/${id}`, { body: { op: 'withhold', recordId: secretId, basis: 'serious-harm', note: 'x' }, headers: { 'if-match': etag } })).status).toBe(403);
    expect((await t.call('dsl', 'GET', `/api/subject-access-requests/${id}`)).headers.get('etag')).toBe(etag);

    const w = await patch({ op: 'withhold', recordId: secretId, basis: 'child-abuse-data', note: 'Not in the child’s best interests while the strategy discussion is open.' });
    expect(w.status).toBe(200);
    etag = w.headers.get('etag')!;
    const passage = await patch({ op: 'withhold', recordId: concernId, passage: 'Uncle Desmond Fairweather shouted', basis: 'third-party-data', note: 'Names a relative' });
    expect(passage.status).toBe(200);
    etag = passage.headers.get('etag')!;

    const preview = await t.call('dsl', 'GET', `/api/subject-access-requests/${id}/export-preview`);
    expect(JSON.stringify(preview.json.file)).not.toContain('Disclosure about the home');
    expect(preview.json.unknownNames.map((u: { name: string }) => u.name)).not.toContain('Desmond Fairweather');
    const released = await t.call('dsl', 'POST', `/api/subject-access-requests/${id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': preview.headers.get('etag')! } });
    expect(released.status).toBe(201);
    expect(released.json.release.withheld).toEqual([
      { withholdingId: 'w-1', recordId: secretId, passage: false, basis: 'child-abuse-data', note: 'Not in the child’s best interests while the strategy discussion is open.' },
      { withholdingId: 'w-2', recordId: concernId, passage: true, basis: 'third-party-data', note: 'Names a relative' },
    ]);
    const pdf = await pdfText(await download(released.json.files.pdf));
    const json = Buffer.from(await download(released.json.files.json)).toString('utf8');
    for (const text of [pdf, json]) {
      expect(text).not.toMatch(/Disclosure about the home|withholds under an exemption|Desmond|Fairweather/);
      expect(text).toContain('Some information has been withheld');
      expect(text).not.toMatch(/child-abuse-data|strategy discussion/); // the basis and note stay with the school
    }
    const stored = await t.call('dsl', 'GET', `/api/subject-access-requests/${id}`);
    expect(stored.json.releases.at(-1).withheld).toHaveLength(2);
    expect(stored.json.withholdings.map((x: { basis: string }) => x.basis)).toEqual(['child-abuse-data', 'third-party-data']);
  });

  it('records who at the agency as a person and a role, and says what to fix when neither is given', async () => {
    const referral = await t.call('dsl', 'POST', '/api/referrals', { body: { concernId, childId: 'child-001', agency: 'early-help', madeAt: new Date(Date.now() - 1_800_000).toISOString(), method: 'email', reference: '' } });
    const path = `/api/referrals/${referral.json.id}/contacts`;
    const at = new Date(Date.now() - 60_000).toISOString();
    const bad = await t.call('dsl', 'POST', path, { body: { at, direction: 'outgoing', method: 'phone', summary: 'Left a message.' } });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json)).toContain('whoName');
    const old = await t.call('dsl', 'POST', path, { body: { at, direction: 'outgoing', method: 'phone', who: 'Duty desk', summary: 'Left a message.' } });
    expect(old.status).toBe(201);
    const now = await t.call('dsl', 'POST', path, { body: { at, direction: 'outgoing', method: 'email', whoName: 'Tom Okoye', whoRole: 'Social worker', summary: 'Sent the plan.' } });
    expect(now.status).toBe(201);
    const contacts = now.json.contacts as { who: string; whoName?: string; whoRole?: string }[];
    expect(contacts.at(-1)).toMatchObject({ who: 'Tom Okoye, Social worker', whoName: 'Tom Okoye', whoRole: 'Social worker' });
    expect(contacts.at(-2)).toMatchObject({ who: 'Duty desk' });
  });
});
