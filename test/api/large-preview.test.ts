import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import { DEMO_SCHOOL_ID } from '../../src/local/demo-identity.js';
import { auditFor, makeConcern } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// child-004 gets 500 concerns whose free text names a member of staff ("Mrs Patel", the deputy DSL Sam Patel, only in
// the directory) and someone no list knows: every account needs the name check. Before this, the preview built in
// the request ran past the deadline and answered 503.
const CHILD = 'child-004';
const COUNT = 500;
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ ALERT_SWEEP_SECONDS: '0' });
  for (let i = 0; i < COUNT; i += 25) {
    await Promise.all(Array.from({ length: 25 }, (_, k) => {
      const n = i + k;
      const at = new Date(Date.UTC(2026, 8, 3, 9, 0) + n * 3_600_000).toISOString();
      const c = makeConcern({ schoolId: DEMO_SCHOOL_ID, children: [{ childId: CHILD, role: 'subject' }], account: `Concern number ${n + 1}: arrived without a coat. Spoke to Mrs Patel about it after lunch; Dwayne Pritchard was at the gate.`, occurredAt: at, recordedAt: at, updatedAt: at });
      return t.cosmos.store.concerns.create(c, auditFor(c));
    }));
  }
}, 180_000);
afterAll(() => t.close());

describe('an export for a child with 500 concerns', () => {
  it('previews (twice) and releases in the background with no request answering 503', async () => {
    const statuses: number[] = [];
    const created = await t.call('dsl', 'POST', '/api/subject-access-requests', { body: { childId: CHILD, requester: { name: 'A Parent', relationship: 'parent-carer' }, receivedOn: '2026-11-20', identity: { checked: true, method: 'photo-id', checkedOn: '2026-11-20' } } });
    expect(created.status).toBe(201);
    const path = `/api/subject-access-requests/${created.json.id}/export-preview`;
    const first = await t.call('dsl', 'GET', path);
    const again = await t.call('dsl', 'GET', path);
    statuses.push(first.status, again.status);
    expect(first.status).toBe(200);
    expect(again.json.redactions).toEqual(first.json.redactions);
    expect(first.json.recordIds.length).toBeGreaterThanOrEqual(COUNT);
    expect(first.json.redactions.find((r: { original: string }) => r.original === 'Sam Patel')).toMatchObject({ category: 'staff', redacted: true, occurrences: COUNT });
    expect(first.json.unknownNames.filter((u: { name: string }) => u.name === 'Dwayne Pritchard')).toHaveLength(COUNT);

    const queued = await t.call('dsl', 'POST', `/api/subject-access-requests/${created.json.id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': first.headers.get('etag')! } });
    statuses.push(queued.status);
    expect(queued.status).toBe(202);
    const result = await sweepOnce(t.app.deps, new Date(), undefined, 'large-preview-test', 600_000);
    expect(result.failures).toEqual([]);
    const done = await t.call('dsl', 'GET', queued.json.job.poll);
    statuses.push(done.status);
    expect(done.json).toMatchObject({ status: 'done', result: { releaseId: '1' } });
    const json = await fetch(`${t.url}${done.json.result.files.json}`, { headers: { authorization: `Bearer ${await t.token('dsl')}` } });
    statuses.push(json.status);
    const text = await json.text();
    expect(JSON.parse(text).sections.find((s: { key: string }) => s.key === 'concerns').entries).toHaveLength(COUNT);
    expect(text).not.toContain('Patel');
    expect(statuses).not.toContain(503);
  }, 300_000);
});
