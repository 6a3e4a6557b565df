import { extractText, getDocumentProxy } from 'unpdf';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

// child-001 is Amara Okafor (the subject); child-002 is Ben Hughes (another child).
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  for (let i = 0; i < 30; i++) {
    const c = await t.call('teacher', 'POST', '/api/concerns', {
      body: concernBody({
        children: [{ childId: 'child-001', role: 'victim' }, ...(i === 0 ? [{ childId: 'child-002', role: 'alleged-perpetrator' }] : [])],
        account: i === 0 ? 'Amara said Ben Hughes pushed her off the climbing frame at 12:15 on 2026-11-02.' : `Amara was upset at lunchtime (note ${i + 1}). She said she had no breakfast again.`,
        otherPeople: i === 0 ? [{ name: 'Karen Whitfield', relationship: "Ben's mother" }] : [],
        categories: ['bullying'],
      }),
    });
    expect(c.status).toBe(201);
  }
});
afterAll(() => t.close());

const ISO_TIMESTAMP = /\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('the PDF a parent reads', () => {
  it('has a cover page, UK dates in school time, no ISO timestamps, ids or internal codes, correct plurals, and page x of y on every page', async () => {
    const created = await t.call('dsl', 'POST', '/api/subject-access-requests', {
      body: { childId: 'child-001', requester: { name: 'Ngozi Okafor', relationship: 'parent-carer' }, receivedOn: '2026-11-20', identity: { checked: true, method: 'known-to-school', checkedOn: '2026-11-20' } },
    });
    const released = await t.call('dsl', 'POST', `/api/subject-access-requests/${created.json.id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': created.headers.get('etag')! } });
    expect(released.status).toBe(201);
    const res = await fetch(`${t.url}${released.json.files.pdf}`, { headers: { authorization: `Bearer ${await t.token('dsl')}` } });
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (process.env.PARENT_PDF_OUT) writeFileSync(process.env.PARENT_PDF_OUT, bytes);
    const pdf = await getDocumentProxy(bytes);
    const { totalPages, text: pages } = await extractText(pdf, { mergePages: false });
    expect(totalPages).toBeGreaterThan(2);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${totalPages}`));

    const all = pages.join('\n');
    const cover = pages[0]!;
    expect(cover).toContain('What is included');
    expect(cover).toMatch(/Concerns: \d+ entries/);
    expect(cover).toContain('Referrals to other agencies: nothing recorded');
    expect(cover).toContain('What was withheld');
    expect(cover).toContain('The name of 1 other child, withheld as third-party information');
    expect(cover).toContain('The name of 1 other person, withheld as third-party information');
    expect(cover).toContain(`Our reference: ${created.json.ref}`);
    expect(cover).toMatch(/Produced: \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} \(UK time\)/);

    expect(all).not.toMatch(ISO_TIMESTAMP);
    expect(all).not.toMatch(GUID);
    expect(all).not.toMatch(/\bC-[2-9A-Z]{6}\b/); // concern references are internal
    expect(all).not.toMatch(/alleged-perpetrator|parent-carer/);
    expect(all).not.toMatch(/\b1 (entries|people|children)\b/);
    expect(all).toContain('2 November 2026'); // the date in the account, as a person writes it
    expect(all).not.toMatch(/Ben|Hughes|Whitfield/);
  });
});
