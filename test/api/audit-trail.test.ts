import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORDS_CONTAINER } from '../../src/store/containers.js';
import { verifyAllSchools } from '../../src/ops/verify-all-schools.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const records = () => t.cosmos.database.container(RECORDS_CONTAINER);

async function verify() {
  const lines: string[] = [];
  const ok = await verifyAllSchools(t.cosmos.store, (l) => lines.push(l));
  return { ok, lines };
}

async function concernWithTwoChanges() {
  const created = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody() });
  const edited = await t.call('teacher', 'PATCH', `/api/concerns/${created.json.id}`, {
    body: { op: 'edit', changes: { location: 'Library' } }, headers: { 'if-match': created.headers.get('etag')! },
  });
  await t.call('dsl', 'PATCH', `/api/concerns/${created.json.id}`, {
    body: { op: 'triage', decision: 'monitor', reasons: 'Watch' }, headers: { 'if-match': edited.headers.get('etag')! },
  });
  return created.json.id as string;
}

describe('audit trail', () => {
  it('records every read, write and denial without narrative text', async () => {
    const id = await concernWithTwoChanges();
    await t.call('dsl', 'GET', `/api/concerns/${id}`);
    await t.call('teacher2', 'GET', `/api/concerns/${id}`);
    const events = (await t.call('dsl', 'GET', `/api/audit-events?recordId=${id}&limit=50`)).json.items;
    const actions = events.map((e: { action: string; outcome: string }) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(expect.arrayContaining(['concern.create:success', 'concern.edit:success', 'concern.triage:success', 'concern.read:success', 'concern.read:denied']));
    expect(JSON.stringify(events)).not.toContain('not eaten');
    for (const e of events) expect(Object.keys(e)).toEqual(expect.arrayContaining(['tid', 'oid', 'action', 'recordId', 'outcome', 'at', 'correlationId', 'hash']));
  });

  it('verifies intact trails', async () => {
    await concernWithTwoChanges();
    const { ok, lines } = await verify();
    expect(lines.join('\n')).not.toContain('TAMPERED');
    expect(ok).toBe(true);
  });

  it('detects a changed audit event and names it', async () => {
    const id = await concernWithTwoChanges();
    const eventId = `audit:${id}:2`;
    const { resource } = await records().item(eventId, 'demo-primary').read();
    await records().item(eventId, 'demo-primary').replace({ ...resource, oid: '6a2e9f10-7c4b-4d3e-8f21-000000000099' });
    const { ok, lines } = await verify();
    expect(ok).toBe(false);
    expect(lines.join('\n')).toContain(eventId);
    expect(lines.join('\n')).toContain('changed');
    await records().item(eventId, 'demo-primary').replace(resource); // put it back for the next tests
  });

  it('detects a removed audit event in the middle of a chain', async () => {
    const id = await concernWithTwoChanges();
    const { resource } = await records().item(`audit:${id}:2`, 'demo-primary').read();
    await records().item(`audit:${id}:2`, 'demo-primary').delete();
    const { ok, lines } = await verify();
    expect(ok).toBe(false);
    expect(lines.join('\n')).toContain(`record ${id}`);
    await records().items.create(resource);
  });

  it('detects the newest change removed from the end of a chain', async () => {
    const id = await concernWithTwoChanges();
    const { resource } = await records().item(`audit:${id}:3`, 'demo-primary').read();
    await records().item(`audit:${id}:3`, 'demo-primary').delete();
    const { ok, lines } = await verify();
    expect(ok).toBe(false);
    expect(lines.join('\n')).toContain('later changes of this record are missing');
    await records().items.create(resource);
    expect((await verify()).ok).toBe(true);
  });

  it('refuses the request when the audit event cannot be written', async () => {
    const broken = { ...t.cosmos.store.audit, append: async () => { throw new Error('audit store down'); } };
    const original = t.app.deps.store.audit;
    Object.assign(t.app.deps.store, { audit: broken });
    try {
      const r = await t.call('dsl', 'GET', '/api/concerns');
      expect(r.status).toBe(503);
      expect(r.json.error.code).toBe('audit_unavailable');
      expect(r.json.items).toBeUndefined();
    } finally {
      Object.assign(t.app.deps.store, { audit: original });
    }
  });
});
