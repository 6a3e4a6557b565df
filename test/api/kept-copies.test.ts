import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCHOOL_ID } from '../../src/local/demo-identity.js';
import { makeChild } from '../support/fixtures.js';
import { concernBody, OTHER_CHILD, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  t = await startTestApp({ ALERT_SWEEP_SECONDS: '0' });
  await t.cosmos.store.children.create(makeChild({ id: 'leaver-k', schoolId: DEMO_SCHOOL_ID, givenName: 'Kit', familyName: 'Leaver', upn: OTHER_CHILD.upn, leftAt: '2026-11-01' }));
}, 60_000);
afterAll(() => t?.close());

async function fetchBytes(app: TestApp, path: string) {
  const res = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${await app.token('dsl')}` } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), sha256: res.headers.get('x-content-sha256') };
}

async function release(app: TestApp, childId: string) {
  const body = { childId, requester: { name: 'Ngozi Okafor', relationship: 'parent-carer' }, receivedOn: '2026-11-20', identity: { checked: true, method: 'known-to-school', checkedOn: '2026-11-20' } };
  const created = await app.call('dsl', 'POST', '/api/subject-access-requests', { body });
  const released = await app.call('dsl', 'POST', `/api/subject-access-requests/${created.json.id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': created.headers.get('etag')! } });
  expect(released.status).toBe(201);
  return { id: created.json.id as string, release: released.json.release, files: released.json.files as { pdf: string; json: string } };
}

const changeRecords = async (childId: string) => {
  const c = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId, role: 'subject' }], account: 'Logged after the files left the school.' }) });
  const edited = await t.call('dsl', 'PATCH', `/api/concerns/${c.json.id}`, { body: { op: 'edit', changes: { account: 'Edited after the files left.' } }, headers: { 'if-match': c.headers.get('etag')! } });
  expect(edited.status).toBe(200);
};

describe('kept copies of what leaves the school (against Azurite)', () => {
  it('a released subject-access export downloads byte-identical after the records change', async () => {
    const r = await release(t, 'child-001');
    const before = { pdf: await fetchBytes(t, r.files.pdf), json: await fetchBytes(t, r.files.json) };
    expect(sha(before.pdf.bytes)).toBe(r.release.files.pdf);
    expect(sha(before.json.bytes)).toBe(r.release.files.json);
    await changeRecords('child-001');
    for (const kind of ['pdf', 'json'] as const) {
      const after = await fetchBytes(t, r.files[kind]);
      expect(after.status).toBe(200);
      expect(after.bytes.equals(before[kind].bytes)).toBe(true);
      expect(after.sha256).toBe(r.release.files[kind]);
    }
    // Stored once, in the kept-copies container, named by its hash.
    const kept = await t.blob.names('kept');
    expect(kept).toContain(`schools/${DEMO_SCHOOL_ID}/subject-access/${r.id}/${r.release.files.pdf}.pdf`);
    // Its hashes are in its audit events (release and downloads).
    const events = (await t.call('dsl', 'GET', `/api/audit-events?recordId=${r.id}`)).json.items as { action: string }[];
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['subjectAccess.release', 'subjectAccess.download.pdf']));
    const stored = await t.cosmos.store.audit.all(DEMO_SCHOOL_ID);
    const releaseEvent = stored.find((e) => e.recordId === r.id && e.action === 'subjectAccess.release');
    expect(releaseEvent?.fileHashes).toEqual([r.release.files.json, r.release.files.pdf]);
  });

  it('a built transfer pack downloads byte-identical after the records change', async () => {
    const created = await t.call('dsl', 'POST', '/api/transfers', { body: { childId: 'leaver-k', destination: { name: 'Hilltop Academy', urn: '123456' } } });
    expect(created.status).toBe(201);
    const built = await t.call('dsl', 'POST', `/api/transfers/${created.json.id}/pack`, { body: {}, headers: { 'if-match': created.headers.get('etag')! } });
    expect(built.status).toBe(200);
    const base = `/api/transfers/${created.json.id}/pack`;
    const before = { pdf: await fetchBytes(t, `${base}/pdf`), json: await fetchBytes(t, `${base}/json`) };
    await changeRecords('leaver-k');
    for (const kind of ['pdf', 'json'] as const) {
      const after = await fetchBytes(t, `${base}/${kind}`);
      expect(after.status).toBe(200);
      expect(after.bytes.equals(before[kind].bytes)).toBe(true);
    }
    expect(sha(before.json.bytes)).toBe(built.json.pack.jsonSha256);
    expect(sha(before.pdf.bytes)).toBe(built.json.pack.pdfSha256);
  });

  it('a kept copy is create-only: a second write of its key leaves the first bytes', async () => {
    const key = 'schools/x/subject-access/y/z.json';
    expect(await t.blob.store.keep(key, Buffer.from('first'), 'application/json')).toBe('created');
    expect(await t.blob.store.keep(key, Buffer.from('second'), 'application/json')).toBe('exists');
    const read = await t.blob.store.readKept(key);
    const chunks: Uint8Array[] = [];
    for await (const c of read!.body) chunks.push(c);
    expect(Buffer.concat(chunks).toString()).toBe('first');
  });

  it('without file storage, a release is rebuilt at download and refused once the records changed', async () => {
    const bare = await startTestApp({ ALERT_SWEEP_SECONDS: '0' }, { files: () => undefined });
    try {
      const r = await release(bare, 'child-001');
      expect((await fetchBytes(bare, r.files.json)).status).toBe(200);
      await bare.call('teacher', 'POST', '/api/concerns', { body: concernBody({ account: 'A later concern.' }) });
      expect((await fetchBytes(bare, r.files.json)).status).toBe(409);
    } finally {
      await bare.close();
    }
  });
});
