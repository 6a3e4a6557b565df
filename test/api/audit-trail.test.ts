import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORDS_CONTAINER } from '../../src/store/containers.js';
import { verifyAllSchools } from '../../src/ops/verify-all-schools.js';
import { makeAuditEvent } from '../support/fixtures.js';
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

describe('audit trail filters, admin view and CSV export', () => {
  const list = async (persona: string, query: string) => t.call(persona, 'GET', `/api/audit-events?${query}`);
  const csv = async (persona: string, query = '') => {
    const res = await fetch(`${t.url}/api/audit/export.csv${query ? `?${query}` : ''}`, { headers: { authorization: `Bearer ${await t.token(persona)}` } });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  let aboutChild1: string;
  let aboutChild2: string;

  beforeAll(async () => {
    aboutChild1 = (await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: 'child-011', role: 'subject' }] }) })).json.id;
    aboutChild2 = (await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: 'child-012', role: 'subject' }] }) })).json.id;
    await t.call('dsl', 'GET', '/api/children/child-011/chronology');
    await t.call('teacher', 'GET', '/api/children/child-011/chronology'); // denied
    await t.call('teacher2', 'GET', `/api/concerns/${aboutChild1}`); // denied
  });

  it('filters by child (DSL): the child\'s records, their views and refusals, nothing about other children', async () => {
    const r = await list('dsl', 'childId=child-011&limit=200');
    expect(r.status).toBe(200);
    const rows = r.json.items as { action: string; outcome: string; recordId: string }[];
    expect(rows.map((e) => `${e.action}:${e.outcome}:${e.recordId}`)).toEqual(expect.arrayContaining([
      `concern.create:success:${aboutChild1}`, `concern.read:denied:${aboutChild1}`, 'chronology.read:success:child-011', 'chronology.read:denied:child-011',
    ]));
    expect(rows.every((e) => e.recordId === aboutChild1 || e.recordId === 'child-011')).toBe(true);
    expect(rows.some((e) => e.recordId === aboutChild2)).toBe(false);
    const denials = await list('dsl', 'childId=child-011&outcome=denied');
    expect(denials.json.items.map((e: { outcome: string }) => e.outcome)).toEqual(['denied', 'denied']);
  });

  it('gives an admin who, what, when and outcome, but no child ids and no record content', async () => {
    const r = await list('admin', 'limit=200');
    expect(r.status).toBe(200);
    const body = JSON.stringify(r.json);
    expect(body).not.toMatch(/child-0\d\d/);
    expect(body).not.toContain('not eaten');
    expect(body).not.toContain('Playground');
    const chronology = r.json.items.filter((e: { action: string }) => e.action === 'chronology.read');
    expect(chronology.length).toBeGreaterThan(0);
    for (const e of chronology) expect(e.recordId).toBe('(withheld)');
    const create = r.json.items.find((e: { recordId: string; action: string }) => e.recordId === aboutChild1 && e.action === 'concern.create');
    expect(Object.keys(create).sort()).toEqual(['action', 'at', 'chain', 'correlationId', 'hash', 'id', 'name', 'oid', 'outcome', 'recordId', 'recordRef', 'recordType', 'tid']);
    expect(create).toMatchObject({ name: 'Jo Bennett', recordRef: expect.stringMatching(/^C-[2-9A-HJ-NP-Z]{6}$/) });
  });

  it('names people and records so the tab can say what happened, and names a child to DSLs only', async () => {
    const child = (await t.call('dsl', 'GET', '/api/children')).json.items.find((c: { id: string }) => c.id === 'child-011') as { name: string };
    const dsl = await list('dsl', 'childId=child-011&limit=200');
    const views = dsl.json.items.filter((e: { action: string }) => e.action === 'chronology.read');
    expect(views.map((e: { name: string; outcome: string; recordRef: string }) => `${e.name}:${e.outcome}:${e.recordRef}`)).toEqual(
      expect.arrayContaining([`Alex Morgan:success:${child.name}`, `Jo Bennett:denied:${child.name}`]),
    );
    expect(dsl.json.people).toEqual(expect.arrayContaining([{ oid: expect.any(String), name: 'Taylor Reed' }, { oid: expect.any(String), name: 'Chris Evans' }]));
    expect(dsl.json.people.every((p: object) => Object.keys(p).sort().join() === 'name,oid')).toBe(true);
    const admin = await list('admin', 'limit=200');
    expect(JSON.stringify(admin.json)).not.toContain(child.name);
    expect(admin.json.items.filter((e: { action: string }) => e.action === 'chronology.read').every((e: object) => !('recordRef' in e))).toBe(true);
  });

  it('refuses an admin the child filter, or a child as the record, and audits the refusal', async () => {
    for (const q of ['childId=child-011', 'recordId=child-011']) {
      const r = await list('admin', q);
      expect(r.status).toBe(403);
      expect(r.json.error.code).toBe('forbidden');
    }
    const adminOid = (await list('dsl', 'action=audit.list&outcome=denied&limit=10')).json.items.map((e: { oid: string }) => e.oid);
    expect(adminOid.length).toBeGreaterThanOrEqual(2);
  });

  it('withholds from an admin every record id that is or embeds a child id, whatever the record type', async () => {
    const linked = [
      makeAuditEvent({ schoolId: 'demo-primary', action: 'retention.read', recordType: 'retention', recordId: 'retention:child-011', at: new Date().toISOString() }),
      makeAuditEvent({ schoolId: 'demo-primary', action: 'transfer.import', recordType: 'transferIn', recordId: 'received:child-011:abc', at: new Date().toISOString() }),
      makeAuditEvent({ schoolId: 'demo-primary', action: 'future.thing', recordType: 'somethingNew', recordId: 'child-011', at: new Date().toISOString() }),
    ];
    for (const e of linked) await records().items.create(e);
    try {
      const admin = await list('admin', 'limit=200');
      const mine = admin.json.items.filter((e: { id: string }) => linked.some((l) => l.id === e.id));
      expect(mine.map((e: { recordId: string }) => e.recordId)).toEqual(['(withheld)', '(withheld)', '(withheld)']);
      expect(JSON.stringify(admin.json)).not.toContain('child-011');
      expect((await list('admin', `recordId=${encodeURIComponent('retention:child-011')}`)).status).toBe(403);
      const dsl = await list('dsl', 'childId=child-011&limit=200');
      expect(dsl.json.items.map((e: { recordId: string }) => e.recordId)).toEqual(expect.arrayContaining(['retention:child-011']));
    } finally {
      for (const e of linked) await records().item(e.id, 'demo-primary').delete();
    }
  });

  it('refuses staff and people of another school', async () => {
    expect((await list('teacher', '')).status).toBe(403);
    expect((await csv('teacher')).status).toBe(403);
    const other = await csv('otherDsl', `recordId=${aboutChild1}`);
    expect(other.status).toBe(200);
    expect(other.text).not.toContain(aboutChild1);
  });

  it('rejects bad filters with a clear 422 and stores nothing', async () => {
    const r = await list('dsl', 'childId=<script>&from=yesterday');
    expect(r.status).toBe(422);
    expect(r.json.error.problems.map((p: { path: string }) => p.path).sort()).toEqual(['childId', 'from']);
  });

  it('exports the filtered trail as CSV for an auditor, and audits the export', async () => {
    const r = await csv('dsl', `childId=child-011`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="lantern-audit-demo-primary-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = r.text.trim().split('\r\n');
    expect(lines[0]).toBe('Time (UTC),Person (object id),Tenant,Action,Record type,Record id,Outcome,Correlation id,Event id,Chain position,Hash');
    expect(lines.some((l) => l.includes(`concern.create,concern,${aboutChild1},success`))).toBe(true);
    expect(lines.some((l) => l.includes('chronology.read,child,child-011,denied'))).toBe(true);
    const exports = await list('dsl', 'action=audit.export&limit=5');
    expect(exports.json.items[0]).toMatchObject({ action: 'audit.export', outcome: 'success' });
  });

  it('hands the tab the same CSV inside JSON when it asks for JSON', async () => {
    const r = await t.call('dsl', 'GET', `/api/audit/export.csv?recordId=${aboutChild1}`, { headers: { accept: 'application/json' } });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ contentType: 'text/csv; charset=utf-8', fileName: expect.stringMatching(/^lantern-audit-demo-primary-.*\.csv$/) });
    expect(r.json.csv).toContain(`concern.create,concern,${aboutChild1},success`);
  });

  it('keeps the admin export free of child ids too', async () => {
    const r = await csv('admin');
    expect(r.status).toBe(200);
    expect(r.text).not.toMatch(/child-0\d\d/);
    expect(r.text).toContain('chronology.read,child,(withheld)');
  });

  it('defuses spreadsheet formulas in exported cells', async () => {
    const hostile = makeAuditEvent({ schoolId: 'demo-primary', action: '=HYPERLINK("http://evil")', recordType: '+cmd', recordId: '@SUM(A1)', at: new Date().toISOString() });
    await records().items.create(hostile);
    try {
      const r = await csv('dsl', `recordId=${encodeURIComponent('@SUM(A1)')}`);
      expect(r.status).toBe(422); // not a record id: the filter refuses it…
      const all = await csv('dsl');
      const row = all.text.split('\r\n').find((l) => l.includes(hostile.id))!;
      expect(row).toContain(`"'=HYPERLINK(""http://evil"")",'+cmd,'@SUM(A1)`);
      const denied = all.text.split('\r\n').find((l) => l.includes('concern.create,concern,') && l.includes(',denied,'));
      if (denied) expect(denied).toContain(",'-,denied,");
    } finally {
      await records().item(hostile.id, 'demo-primary').delete();
    }
  });
});
