import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import type { Alert } from '../../src/core/model/alert.js';
import type { ExportJob } from '../../src/core/model/export-job.js';
import type { AlertChannel } from '../../src/core/ports/alert-channel.js';
import { DEMO_SCHOOL_ID, personaByKey } from '../../src/local/demo-identity.js';
import { auditFor, makeConcern } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// child-004 gets 500 concerns: far more than a request may build in time.
const CHILD = 'child-004';
const COUNT = 500;
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ ALERT_SWEEP_SECONDS: '0' });
  for (let i = 0; i < COUNT; i += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, COUNT - i) }, (_, k) => {
        const n = i + k;
        const at = new Date(Date.UTC(2026, 8, 3, 9, 0) + n * 3_600_000).toISOString();
        const c = makeConcern({ schoolId: DEMO_SCHOOL_ID, children: [{ childId: CHILD, role: 'subject' }], account: `Concern number ${n + 1}: arrived without a coat.`, occurredAt: at, recordedAt: at, updatedAt: at });
        return t.cosmos.store.concerns.create(c, auditFor(c));
      }),
    );
  }
}, 120_000);
afterAll(() => t.close());

function recordingChannel() {
  const sent: { oid: string; text: string; alert: Alert }[] = [];
  const channel: AlertChannel = { reachable: async () => [], send: async (_s, oid, alert, text) => void sent.push({ oid, text, alert }) };
  return { channel, sent };
}

describe('a large export builds in the background', () => {
  it('answers 202 with a job at once, survives an instance stopping mid-build, finishes, and messages the requester once', async () => {
    const created = await t.call('dsl', 'POST', '/api/subject-access-requests', {
      body: { childId: CHILD, requester: { name: 'A Parent', relationship: 'parent-carer' }, receivedOn: '2026-11-20', identity: { checked: true, method: 'photo-id', checkedOn: '2026-11-20' } },
    });
    expect(created.status).toBe(201);
    // The preview the DSL reviews first answers in time too (no 503).
    const preview = await t.call('dsl', 'GET', `/api/subject-access-requests/${created.json.id}/export-preview`);
    expect(preview.status).toBe(200);
    const started = Date.now();
    const queued = await t.call('dsl', 'POST', `/api/subject-access-requests/${created.json.id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': created.headers.get('etag')! } });
    const answeredInMs = Date.now() - started;
    expect(queued.status).toBe(202);
    expect(answeredInMs).toBeLessThan(5_000);
    expect(queued.json.job).toMatchObject({ status: 'queued', stage: 'queued', percent: 0, ref: created.json.ref });
    expect(queued.headers.get('location')).toBe(queued.json.job.poll);
    const poll = () => t.call('dsl', 'GET', queued.json.job.poll);
    expect((await poll()).json).toMatchObject({ status: 'queued' });
    // Another member of staff cannot see it.
    expect((await t.call('teacher', 'GET', queued.json.job.poll)).status).toBe(404);

    // An instance took the job and stopped mid-build: its lease ran out.
    const jobId = queued.json.job.id;
    const held = (await t.cosmos.store.exportJobs.get(DEMO_SCHOOL_ID, jobId))!;
    const crashed: ExportJob = { ...held.value, status: 'running', stage: 'rendering', percent: 40, attempts: 1, leaseUntil: new Date(Date.now() - 60_000).toISOString(), holder: 'gone' };
    await t.cosmos.store.exportJobs.replace(crashed, held.etag);

    const { channel, sent } = recordingChannel();
    const sweepStarted = Date.now();
    const result = await sweepOnce(t.app.deps, new Date(), channel, 'export-test', 600_000);
    const builtInMs = Date.now() - sweepStarted;
    expect(result.failures).toEqual([]);
    expect(result.exports).toBe(1);
    const done = await poll();
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ status: 'done', stage: 'done', percent: 100, result: { releaseId: '1' } });
    expect(done.json.records).toBeGreaterThanOrEqual(COUNT);

    const json = await fetch(`${t.url}${done.json.result.files.json}`, { headers: { authorization: `Bearer ${await t.token('dsl')}` } });
    expect(json.status).toBe(200);
    const file = JSON.parse(await json.text());
    expect(file.sections.find((s: { key: string }) => s.key === 'concerns').entries).toHaveLength(COUNT);
    const pdf = await fetch(`${t.url}${done.json.result.files.pdf}`, { headers: { authorization: `Bearer ${await t.token('dsl')}` } });
    expect(pdf.status).toBe(200);

    // One Teams message to the DSL who asked, naming the request's reference and no child.
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ oid: personaByKey('dsl')!.oid });
    expect(sent[0]!.text).toContain(created.json.ref);
    expect(sent[0]!.text).not.toMatch(/Okafor|Hughes|child-004/);

    // Sweeping again neither releases twice nor messages twice.
    await sweepOnce(t.app.deps, new Date(), channel, 'export-test', 600_000);
    expect(sent).toHaveLength(1);
    const sar = await t.call('dsl', 'GET', `/api/subject-access-requests/${created.json.id}`);
    expect(sar.json.releases).toHaveLength(1);
    expect(sar.json.releases[0].jobId).toBe(jobId);
    console.log(`release request answered 202 in ${answeredInMs} ms; background build of ${COUNT} concerns took ${builtInMs} ms`);
  }, 300_000);

  it('a job run again after it released (the instance stopped before marking it done) returns that release, not a second one', async () => {
    const created = await t.call('dsl', 'POST', '/api/subject-access-requests', {
      body: { childId: CHILD, requester: { name: 'A Solicitor', relationship: 'solicitor' }, receivedOn: '2026-11-21', identity: { checked: true, method: 'authority-letter', checkedOn: '2026-11-21' } },
    });
    const queued = await t.call('dsl', 'POST', `/api/subject-access-requests/${created.json.id}/releases`, { body: { confirmReviewed: true }, headers: { 'if-match': created.headers.get('etag')! } });
    expect(queued.status).toBe(202);
    await sweepOnce(t.app.deps, new Date(), undefined, 'export-test', 600_000);
    const held = (await t.cosmos.store.exportJobs.get(DEMO_SCHOOL_ID, queued.json.job.id))!;
    expect(held.value.status).toBe('done');
    // Pretend the instance stopped just after saving the release.
    await t.cosmos.store.exportJobs.replace({ ...held.value, status: 'running', stage: 'keeping', leaseUntil: new Date(Date.now() - 1000).toISOString() }, held.etag);
    await sweepOnce(t.app.deps, new Date(), undefined, 'export-test', 600_000);
    const again = await t.call('dsl', 'GET', queued.json.job.poll);
    expect(again.json).toMatchObject({ status: 'done', result: { releaseId: '1' } });
    expect((await t.call('dsl', 'GET', `/api/subject-access-requests/${created.json.id}`)).json.releases).toHaveLength(1);
  }, 300_000);
});
