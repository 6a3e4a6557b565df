import { createHash } from 'node:crypto';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySchoolAudit } from '../../src/core/usecases/verify-school-audit.js';
import { demoSchool } from '../../src/local/demo-school.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

// child-001 is Amara Okafor (the subject); child-002 is Ben Hughes (the other child).
let t: TestApp;
let concernId: string;

beforeAll(async () => {
  t = await startTestApp();
  const concern = await t.call('teacher', 'POST', '/api/concerns', {
    body: concernBody({
      children: [{ childId: 'child-001', role: 'victim' }, { childId: 'child-002', role: 'alleged-perpetrator' }],
      account: 'Amara said Ben Hughes pushed her off the climbing frame. Ben later said sorry. Hughes family to be called.',
      otherPeople: [{ name: 'Karen Whitfield', relationship: "Ben's mother" }],
      actionTaken: 'Spoke to Ben and to Mrs Whitfield at pick-up.',
      categories: ['bullying'],
    }),
  });
  expect(concern.status).toBe(201);
  concernId = concern.json.id;
});
afterAll(() => t.close());

const sarBody = (overrides: Record<string, unknown> = {}) => ({
  childId: 'child-001',
  requester: { name: 'Ngozi Okafor', relationship: 'parent-carer' },
  receivedOn: '2026-11-20',
  identity: { checked: true, method: 'known-to-school', checkedOn: '2026-11-20' },
  ...overrides,
});

async function download(path: string) {
  const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${await t.token('dsl')}` } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const pdfText = async (bytes: Uint8Array) => (await extractText(await getDocumentProxy(bytes), { mergePages: true })).text;

describe('subject access export (a concern naming two children, exported for one)', () => {
  it("redacts the other child in the PDF and the JSON, and audits what was released", async () => {
    const created = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody() });
    expect(created.status).toBe(201);
    const id = created.json.id;

    const preview = await t.call('dsl', 'GET', `/api/subject-access-requests/${id}/export-preview`);
    expect(preview.status).toBe(200);
    const other = preview.json.redactions.find((r: { kind: string; original: string }) => r.kind === 'other-child' && r.original === 'Ben Hughes');
    expect(other).toMatchObject({ replacement: '[Child B]', redacted: true });
    expect(other.occurrences).toBeGreaterThanOrEqual(4);
    expect(preview.json.redactions.some((r: { kind: string; original: string }) => r.kind === 'third-party' && r.original === 'Karen Whitfield')).toBe(true);
    expect(preview.json.recordIds).toContain(`concern:${concernId}@1`);

    const released = await t.call('dsl', 'POST', `/api/subject-access-requests/${id}/releases`, {
      body: { confirmReviewed: true }, headers: { 'if-match': preview.headers.get('etag')! },
    });
    expect(released.status).toBe(201);
    const { release, files } = released.json;

    const pdf = await download(files.pdf);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.sha256).toBe(release.files.pdf);
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('Amara Okafor');
    expect(text).toContain('[Child B]');
    expect(text).not.toMatch(/Ben|Hughes|Whitfield|Karen/);

    const json = await download(files.json);
    expect(json.sha256).toBe(release.files.json);
    const jsonText = Buffer.from(json.bytes).toString('utf8');
    expect(jsonText).not.toMatch(/Ben|Hughes|Whitfield|Karen/);
    expect(jsonText).toContain('[Child B]');
    const file = JSON.parse(jsonText);
    const concernEntry = file.sections[0].entries.find((e: { recordId: string }) => e.recordId === concernId);
    expect(concernEntry.fields.find((f: { label: string }) => f.label === 'What happened').value).toBe(
      'Amara said [Child B] pushed her off the climbing frame. [Child B] later said sorry. [Child B] family to be called.',
    );

    // The release is audited in the request's own chain, and records what went out — ids and hashes, no narrative.
    const events = (await t.call('dsl', 'GET', `/api/audit-events?recordId=${id}&action=subjectAccess.release`)).json.items;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ outcome: 'success', recordType: 'subjectAccessRequest' });
    expect(JSON.stringify(events[0])).not.toMatch(/Ben|Hughes|climbing/);
    const got = await t.call('dsl', 'GET', `/api/subject-access-requests/${id}`);
    expect(got.json.releases[0]).toMatchObject({ id: release.id, files: release.files, withheldRedactionIds: expect.arrayContaining([other.id]) });
    expect(got.json.releases[0].recordIds).toContain(`concern:${concernId}@1`);
    const downloads = (await t.call('dsl', 'GET', `/api/audit-events?recordId=${id}&action=subjectAccess.download.pdf`)).json.items;
    expect(downloads).toHaveLength(1);
    // The request's chain (create, release) verifies like any record's.
    const verified = await verifySchoolAudit(t.cosmos.store, demoSchool().id);
    expect(verified.problems.filter((p) => p.recordId === id)).toEqual([]);
  });

  it('releases a name only after the DSL un-redacts it with a reason, and says so in the files', async () => {
    const created = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody() });
    const id = created.json.id;
    const preview = await t.call('dsl', 'GET', `/api/subject-access-requests/${id}/export-preview`);
    const staff = preview.json.redactions.find((r: { kind: string; original: string }) => r.kind === 'staff' && r.original === 'Jo Bennett');
    expect(staff.redacted).toBe(true);
    const reviewed = await t.call('dsl', 'PATCH', `/api/subject-access-requests/${id}`, {
      body: { op: 'reviewRedaction', redactionId: staff.id, redact: false, reason: 'Acting in a professional capacity; the parent knows the class teacher.' },
      headers: { 'if-match': created.headers.get('etag')! },
    });
    expect(reviewed.status).toBe(200);
    const again = await t.call('dsl', 'GET', `/api/subject-access-requests/${id}/export-preview`);
    expect(again.json.redactions.find((r: { id: string }) => r.id === staff.id)).toMatchObject({ redacted: false, decision: { redact: false } });
    const released = await t.call('dsl', 'POST', `/api/subject-access-requests/${id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': reviewed.headers.get('etag')! } });
    expect(released.json.release.releasedRedactionIds).toEqual([staff.id]);
    const text = await pdfText((await download(released.json.files.pdf)).bytes);
    expect(text).toContain('Jo Bennett');
    expect(text).not.toMatch(/Hughes/);
  });

  it('downloads a release byte for byte from its kept copy after the records changed (test/api/kept-copies.test.ts has the rest)', async () => {
    const created = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody() });
    const id = created.json.id;
    const released = await t.call('dsl', 'POST', `/api/subject-access-requests/${id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': created.headers.get('etag')! } });
    expect(released.status).toBe(201);
    await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ account: 'A later concern.' }) });
    const res = await download(released.json.files.json);
    expect(res.status).toBe(200);
    expect(res.sha256).toBe(released.json.release.files.json);
    expect(new TextDecoder().decode(res.bytes)).not.toContain('A later concern.');
  });

  it('redacts people named only in an earlier version of a concern', async () => {
    const c = await t.call('dsl', 'POST', '/api/concerns', {
      body: concernBody({
        children: [{ childId: 'child-001', role: 'witness' }, { childId: 'child-004', role: 'subject' }],
        account: 'Daniel Kowalski was crying; Amara saw it. Peter Quill called.', otherPeople: [{ name: 'Peter Quill', relationship: 'neighbour' }],
      }),
    });
    const edited = await t.call('dsl', 'PATCH', `/api/concerns/${c.json.id}`, {
      body: { op: 'edit', changes: { children: [{ childId: 'child-001', role: 'subject' }], account: 'Amara was crying.', otherPeople: [] } },
      headers: { 'if-match': c.headers.get('etag')! },
    });
    expect(edited.status).toBe(200);
    const created = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody() });
    const preview = await t.call('dsl', 'GET', `/api/subject-access-requests/${created.json.id}/export-preview`);
    const text = JSON.stringify(preview.json.file);
    expect(text).toContain('Amara was crying.');
    expect(text).not.toMatch(/Daniel|Kowalski|Peter|Quill/);
    expect(preview.json.redactions.map((r: { original: string }) => r.original)).toContain('Daniel Kowalski');
  });

  it('does not release before the identity check is recorded', async () => {
    const created = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: sarBody({ identity: { checked: false } }) });
    const r = await t.call('dsl', 'POST', `/api/subject-access-requests/${created.json.id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': created.headers.get('etag')! } });
    expect(r.status).toBe(409);
    expect(r.json.error.message).toMatch(/identity/);
  });
});
