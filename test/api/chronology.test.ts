import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personaByKey } from '../../src/local/demo-identity.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

// child-021 carries a welfare concern (triaged, parents' decision recorded, referred with two contacts) and a SEND concern.
const CHILD = 'child-021';
let t: TestApp;
let welfare: { id: string; ref: string };
let send: { id: string };
let referral: { id: string; ref: string };

interface Entry { id: string; kind: string; at: string; by?: { name: string }; title: string; record: { type: string; id: string; ref: string } }
const chronology = (persona: string, query = '') => t.call(persona, 'GET', `/api/children/${CHILD}/chronology${query}`);
const ours = (entries: Entry[]) => entries.filter((e) => [welfare.id, send.id, referral.id].includes(e.record.id));

async function patchConcern(id: string, body: Record<string, unknown>) {
  const current = await t.call('dsl', 'GET', `/api/concerns/${id}`);
  const r = await t.call('dsl', 'PATCH', `/api/concerns/${id}`, { body, headers: { 'if-match': current.headers.get('etag')! } });
  expect(r.status).toBe(200);
}

beforeAll(async () => {
  t = await startTestApp();
  const c = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: CHILD, role: 'subject' }], occurredAt: '2026-11-23T08:45:00Z', account: 'Arrived hungry and cold again.' }) });
  welfare = c.json;
  send = (await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: CHILD, role: 'subject' }], categories: ['send'], occurredAt: '2026-11-20T10:00:00Z', account: 'Struggled with the new seating plan.' }) })).json;
  await patchConcern(welfare.id, { op: 'triage', decision: 'refer-to-agency', reasons: 'Third time this month; neglect indicators.' });
  await patchConcern(welfare.id, { op: 'parentalNotification', informed: false, reason: 'Telling the parents may put the child at risk.' });
  const made = await t.call('dsl', 'POST', '/api/referrals', {
    body: { concernId: welfare.id, childId: CHILD, agency: 'childrens-social-care', madeAt: '2026-11-24T10:00:00Z', method: 'phone', reference: 'MASH-77' },
  });
  expect(made.status).toBe(201);
  referral = made.json;
  for (const [at, who, summary] of [['2026-11-25T09:00:00Z', 'MASH duty worker', 'Chased the decision'], ['2026-11-26T15:30:00Z', 'Social worker', 'Strategy discussion booked']]) {
    const contact = await t.call('dsl', 'POST', `/api/referrals/${referral.id}/contacts`, { body: { at, direction: 'outgoing', method: 'phone', who, summary, nextChaseDate: '2026-11-30' } });
    expect(contact.status).toBe(201);
  }
});
afterAll(() => t.close());

describe("a child's chronology", () => {
  it('holds the referral, its two contacts, the triage decision and the parental decision, in time order, each with kind, author and link', async () => {
    const r = await chronology('dsl');
    expect(r.status).toBe(200);
    const entries = ours(r.json.entries);
    const kinds = entries.map((e) => e.kind);
    for (const kind of ['concern', 'triage', 'parental-decision', 'referral', 'referral-contact']) expect(kinds).toContain(kind);
    expect(kinds.filter((k) => k === 'referral-contact')).toHaveLength(2);
    const moments = entries.map((e) => Date.parse(e.at.length === 10 ? `${e.at}T17:00:00Z` : e.at));
    expect(moments).toEqual([...moments].sort((a, b) => a - b));
    for (const e of entries) {
      expect(e.by?.name, e.kind).toBeTruthy();
      expect(e.record.ref, e.kind).toMatch(/^[CR]-/);
    }
    const contact = entries.find((e) => e.kind === 'referral-contact')!;
    expect(contact).toMatchObject({ record: { type: 'referral', id: referral.id, ref: referral.ref }, title: expect.stringContaining('MASH duty worker') });
    expect(entries.find((e) => e.kind === 'triage')).toMatchObject({ record: { type: 'concern', id: welfare.id, ref: welfare.ref }, title: 'Triage decision: Refer to an agency' });
    expect(r.json.child).toMatchObject({ upn: expect.any(String), dateOfBirth: expect.any(String) });
  });

  it('holds an action when it is set, falls due and is done, each with who and a link to its concern', async () => {
    await patchConcern(welfare.id, { op: 'addAction', description: 'Check in with the child each morning', assignee: { oid: personaByKey('dsl')!.oid, name: 'Alex Morgan' }, dueDate: '2026-11-27' });
    const added = (await t.call('dsl', 'GET', `/api/concerns/${welfare.id}`)).json;
    await patchConcern(welfare.id, { op: 'completeAction', actionId: added.actions[0].id });
    const r = await chronology('dsl', '?kind=action-set,action,action-done');
    const actions = ours(r.json.entries);
    expect(actions.map((e) => e.kind).sort()).toEqual(['action', 'action-done', 'action-set']);
    for (const e of actions) expect(e.record).toMatchObject({ type: 'concern', id: welfare.id, ref: welfare.ref });
    expect(actions.find((e) => e.kind === 'action-set')!.by?.name).toBeTruthy();
    expect(actions.find((e) => e.kind === 'action-done')!.by?.name).toBeTruthy();
    expect(actions.find((e) => e.kind === 'action')!.at).toBe('2026-11-27');
  });

  it('holds a referral being closed, with its outcome and who closed it', async () => {
    const made = await t.call('dsl', 'POST', '/api/referrals', { body: { concernId: welfare.id, childId: CHILD, agency: 'early-help', madeAt: '2026-11-24T11:00:00Z', method: 'email', reference: '' } });
    const closed = await t.call('deputy', 'PATCH', `/api/referrals/${made.json.id}`, { body: { op: 'close', outcome: 'Family accepted early help.' }, headers: { 'if-match': made.headers.get('etag')! } });
    expect(closed.status).toBe(200);
    const entries = (await chronology('dsl', '?kind=referral-closed')).json.entries as (Entry & { summary?: string })[];
    const entry = entries.find((e) => e.record.id === made.json.id)!;
    expect(entry).toMatchObject({ kind: 'referral-closed', title: 'Referral to Early help closed', summary: 'Family accepted early help.', record: { type: 'referral', ref: made.json.ref } });
    expect(entry.by?.name).toBeTruthy();
  });

  // Case notes and status changes on the chronology: test/api/chronology-notes-flags.test.ts.

  it('filters by kind, category, dates and text, newest first on request', async () => {
    const contacts = await chronology('dsl', '?kind=referral-contact');
    expect(ours(contacts.json.entries).map((e) => e.kind)).toEqual(['referral-contact', 'referral-contact']);
    const newest = await chronology('dsl', '?kind=referral-contact&order=newest');
    expect(ours(newest.json.entries)[0]!.title).toContain('Social worker');
    const sendOnly = await chronology('dsl', '?category=send');
    expect(ours(sendOnly.json.entries).map((e) => e.record.id)).toEqual([send.id]);
    const window = await chronology('dsl', `?from=${encodeURIComponent('2026-11-25T00:00:00Z')}&to=${encodeURIComponent('2026-11-25T23:59:59Z')}`);
    expect(ours(window.json.entries).map((e) => e.kind)).toEqual(['referral-contact']);
    const text = await chronology('dsl', '?q=strategy%20BOOKED');
    expect(ours(text.json.entries)).toHaveLength(1);
  });

  it('refuses unknown kinds and malformed filters with 422', async () => {
    for (const q of ['?kind=secret', '?order=sideways', `?q=${'x'.repeat(201)}`, '?from=yesterday', '?extra=1']) expect((await chronology('dsl', q)).status, q).toBe(422);
  });

  it('shows the SENCO only the SEND concern: no referral, triage or parental entries, and no UPN or date of birth', async () => {
    const r = await chronology('senco');
    expect(r.status).toBe(200);
    expect(ours(r.json.entries).map((e) => e.record.id)).toEqual([send.id]);
    expect(r.json.child).not.toHaveProperty('upn');
    expect(r.json.child).not.toHaveProperty('dateOfBirth');
    expect(JSON.stringify(r.json)).not.toContain('MASH');
    const noSend = await t.call('senco', 'GET', '/api/children/child-022/chronology');
    expect(noSend.status).toBe(200);
    expect(noSend.json.child).not.toHaveProperty('upn');
    expect(noSend.json.child).not.toHaveProperty('dateOfBirth');
  });

  it("gives teacher2 (who logged none of it) and the admin nothing, and another school's child is not found", async () => {
    for (const persona of ['teacher2', 'teacher', 'admin']) {
      const r = await chronology(persona);
      expect(r.status, persona).toBe(403);
      expect(JSON.stringify(r.json)).not.toContain('MASH');
    }
    expect((await t.call('dsl', 'GET', '/api/children/child-nope/chronology')).status).toBe(404);
  });

  it("keeps another school's DSL out (not found, nothing revealed), and treats script in the text filter as text", async () => {
    const other = await chronology('otherDsl');
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.json)).not.toContain('MASH');
    const script = await chronology('dsl', `?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(script.status).toBe(200);
    expect(ours(script.json.entries)).toEqual([]);
    expect((await chronology('dsl', `?kind=${'concern,'.repeat(80)}`)).status).toBe(422);
  });
});

const pdfText = async (bytes: Uint8Array) => {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(bytes);
  const pages = (await extractText(pdf, { mergePages: false })).text as string[];
  return { pages: pages.map((p) => p.replace(/\s+/g, ' ')), all: pages.join(' ').replace(/\s+/g, ' ') };
};

async function downloadPdf(persona: string, query: string) {
  const res = await fetch(`${t.url}/api/children/${CHILD}/chronology.pdf${query}`, { headers: { authorization: `Bearer ${await t.token(persona)}` } });
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), bytes: new Uint8Array(await res.arrayBuffer()) };
}

describe('the chronology as a PDF', () => {
  it('holds every entry the JSON holds for the same filters, the marking and page x of y on every page, UK dates and no ISO timestamps', async () => {
    for (const query of ['', '?kind=referral-contact,triage&order=newest', '?category=welfare']) {
      const json = (await chronology('dsl', query)).json;
      const pdf = await downloadPdf('dsl', query);
      expect(pdf.status, query).toBe(200);
      expect(pdf.type).toBe('application/pdf');
      expect(pdf.disposition).toMatch(/attachment; filename="?chronology-\d{4}-\d{2}-\d{2}\.pdf/);
      const text = await pdfText(pdf.bytes);
      for (const e of json.entries as Entry[]) expect(text.all, `${query} ${e.kind}`).toContain(e.title.replace(/\s+/g, ' '));
      text.pages.forEach((page, i) => {
        expect(page).toContain('OFFICIAL-SENSITIVE');
        expect(page).toContain(`Page ${i + 1} of ${text.pages.length}`);
      });
      expect(text.all).toContain(json.child.upn);
      expect(text.all).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
      expect(text.all).not.toContain(referral.id);
    }
    const full = await pdfText((await downloadPdf('dsl', '')).bytes);
    expect(full.all).toContain('24 November 2026, 10:00');
    expect(full.all).toContain('Printed by');
  });

  it("gives the SENCO a PDF without UPN or date of birth or others' entries, refuses staff, and audits each export", async () => {
    const dslJson = (await chronology('dsl')).json;
    const senco = await downloadPdf('senco', '');
    expect(senco.status).toBe(200);
    const text = (await pdfText(senco.bytes)).all;
    expect(text).not.toContain(dslJson.child.upn);
    expect(text).not.toContain('born');
    expect(text).not.toContain('MASH');
    expect((await downloadPdf('teacher2', '')).status).toBe(403);
    expect((await downloadPdf('otherDsl', '')).status).toBe(404);
    expect((await downloadPdf('dsl', '?kind=nonsense')).status).toBe(422);
    const events = await t.call('dsl', 'GET', '/api/audit-events?limit=200');
    const exports = events.json.items.filter((e: { action: string }) => e.action === 'chronology.export');
    expect(exports.map((e: { outcome: string }) => e.outcome)).toEqual(expect.arrayContaining(['success', 'denied']));
  });
});
