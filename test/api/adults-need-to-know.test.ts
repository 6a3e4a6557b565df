import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUPS, personaByKey } from '../../src/local/demo-identity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Concerns about adults (KCSIE Part 4): need-to-know. A low-level concern a teacher logs
 * about a colleague is read by the case managers only; the colleague, the DSLs (unless the
 * school says so), the SENCO, the admin and other staff see nothing, and the colleague finds
 * no trace of it anywhere.
 */
const CHAIR_GROUP = '0c8f4a1e-3b2d-4e6f-9a7c-5d1e2f3a4c10';
const HEAD: { oid: string; name: string; groups: string[] } = { oid: '6a2e9f10-7c4b-4d3e-8f21-000000000090', name: 'Morgan Hale', groups: [DEMO_GROUPS.staff, DEMO_GROUPS.head] };
const CHAIR = { oid: '6a2e9f10-7c4b-4d3e-8f21-000000000091', name: 'Robin Ash', groups: [CHAIR_GROUP] };
type Who = string | { oid: string; name: string; groups: string[] };

let t: TestApp;
let concernId: string;
let concernRef: string;

async function call(who: Who, method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) {
  if (typeof who === 'string') return t.call(who, method, path, init);
  const token = await t.idp.idp.issueToken(who);
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...(init.headers ?? {}) };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${t.url}${path}`, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

async function setSettings(dslsRead: boolean) {
  const current = await call('admin', 'GET', '/api/adult-concern-settings');
  expect(current.status).toBe(200);
  const r = await call('admin', 'PUT', '/api/adult-concern-settings', {
    body: { caseManagerGroups: [DEMO_GROUPS.head], chairGroups: [CHAIR_GROUP], dslsRead },
    headers: { 'if-match': current.headers.get('etag')! },
  });
  expect(r.status).toBe(200);
}

const lowLevel = (overrides: Record<string, unknown> = {}) => ({
  kind: 'low-level',
  subject: { kind: 'staff', oid: personaByKey('teacher2')!.oid },
  account: 'Kept a pupil behind alone in the classroom with the door shut after the bell.',
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  childIds: ['child-001'],
  ...overrides,
});

beforeAll(async () => {
  t = await startTestApp();
  await setSettings(false);
  const r = await call('teacher', 'POST', '/api/adult-concerns', { body: lowLevel() });
  expect(r.status).toBe(201);
  concernId = r.json.id;
  concernRef = r.json.ref;
});
afterAll(() => t.close());

const trace = (json: unknown) => {
  const text = JSON.stringify(json ?? null);
  return text.includes(concernId) || text.includes(concernRef) || text.includes('classroom with the door shut') || /"adultConcern"|adultConcern\./.test(text);
};

describe('concerns about adults: need-to-know', () => {
  it('the teacher who logs it gets a receipt only, and cannot open it', async () => {
    const mine = await call('teacher', 'GET', '/api/my-adult-concerns');
    expect(mine.status).toBe(200);
    expect(mine.json.items).toEqual([expect.objectContaining({ id: concernId, ref: concernRef, kind: 'low-level', selfReport: false })]);
    expect(Object.keys(mine.json.items[0]).sort()).toEqual(['id', 'kind', 'recordedAt', 'ref', 'selfReport']);
    expect((await call('teacher', 'GET', `/api/adult-concerns/${concernId}`)).status).toBe(404);
  });

  it('the headteacher (case manager) lists and reads it, with the colleague named from the directory', async () => {
    const list = await call(HEAD, 'GET', '/api/adult-concerns');
    expect(list.status).toBe(200);
    expect(list.json.items.map((i: { id: string }) => i.id)).toContain(concernId);
    const one = await call(HEAD, 'GET', `/api/adult-concerns/${concernId}`);
    expect(one.status).toBe(200);
    expect(one.json).toMatchObject({
      kind: 'low-level', subject: { kind: 'staff', name: 'Chris Evans' }, subjectRole: 'Member of staff', route: 'headteacher',
      createdBy: { name: 'Jo Bennett' }, childIds: ['child-001'], abilities: { review: true, outcome: false },
    });
    expect(one.json.auditHead).toBeUndefined();
  });

  it('the colleague it is about gets the same 404 as for a record that does not exist, and finds no trace anywhere', async () => {
    const theirs = await call('teacher2', 'GET', `/api/adult-concerns/${concernId}`);
    const none = await call('teacher2', 'GET', '/api/adult-concerns/ac-doesnotexist');
    expect(theirs.status).toBe(404);
    expect(none.status).toBe(404);
    expect({ ...theirs.json.error, correlationId: '' }).toEqual({ ...none.json.error, correlationId: '' });
    const patch = await call('teacher2', 'PATCH', `/api/adult-concerns/${concernId}`, { body: { op: 'review', actionTaken: 'x' }, headers: { 'if-match': '"x"' } });
    expect(patch.status).toBe(404);

    const mine = await call('teacher2', 'GET', '/api/my-adult-concerns');
    expect(mine.json.items).toEqual([]);
    const list = await call('teacher2', 'GET', '/api/adult-concerns');
    expect(list.status).toBe(403); // as for every member of staff who is not a case manager
    for (const path of ['/api/concerns', '/api/me/concerns', '/api/me', '/api/dashboard', '/api/me/actions', '/api/children', '/api/children/child-001/chronology', '/api/alerts', '/api/audit-events']) {
      const r = await call('teacher2', 'GET', path);
      expect(r.status, path).toBeLessThan(500);
      expect(trace(r.json), path).toBe(false);
    }
  });

  it('the audit trail view lists none of it, for DSLs or admins (either of whom may be the adult concerned)', async () => {
    for (const who of ['dsl', 'admin'] as const) {
      const all = await call(who, 'GET', '/api/audit-events?limit=200');
      expect(all.status).toBe(200);
      expect(trace(all.json), who).toBe(false);
      const byRecord = await call(who, 'GET', `/api/audit-events?recordId=${concernId}`);
      expect(byRecord.json.items).toEqual([]);
      const byPerson = await call(who, 'GET', `/api/audit-events?oid=${personaByKey('teacher')!.oid}&limit=200`);
      expect(trace(byPerson.json), who).toBe(false);
    }
    const csv = await t.app.deps.store.audit.all('demo-primary');
    expect(csv.some((e) => e.recordId === concernId && e.action === 'adultConcern.create')).toBe(true); // still audited
  });

  it('a DSL, the SENCO, the admin and another teacher see nothing while the school has not let DSLs read them', async () => {
    for (const who of ['dsl', 'deputy', 'senco', 'admin', 'teacher2', 'outsider']) {
      const r = await call(who, 'GET', `/api/adult-concerns/${concernId}`);
      expect(r.status, who).toBe(who === 'outsider' ? 403 : 404);
      const list = await call(who, 'GET', '/api/adult-concerns');
      expect(list.status, who).toBe(403);
    }
    const chronology = await call('dsl', 'GET', '/api/children/child-001/chronology');
    expect(chronology.status).toBe(200);
    expect(trace(chronology.json)).toBe(false);
  });

  it('a DSL reads it once the school says DSLs do; the others still see nothing', async () => {
    await setSettings(true);
    try {
      expect((await call('dsl', 'GET', `/api/adult-concerns/${concernId}`)).status).toBe(200);
      const list = await call('deputy', 'GET', '/api/adult-concerns');
      expect(list.json.items.map((i: { id: string }) => i.id)).toContain(concernId);
      for (const who of ['senco', 'admin', 'teacher2', 'teacher']) expect((await call(who, 'GET', `/api/adult-concerns/${concernId}`)).status, who).toBe(404);
    } finally {
      await setSettings(false);
    }
    expect((await call('dsl', 'GET', `/api/adult-concerns/${concernId}`)).status).toBe(404);
  });

  it('an allegation about the headteacher goes to the chair of governors, never to the head', async () => {
    const r = await call('teacher', 'POST', '/api/adult-concerns', {
      body: lowLevel({ kind: 'allegation', subject: { kind: 'volunteer', name: 'Pat Jones', organisation: 'Reading volunteers' }, aboutHeadteacher: true, harms: ['harmed-child'] }),
    });
    expect(r.status).toBe(201);
    expect((await call(HEAD, 'GET', `/api/adult-concerns/${r.json.id}`)).status).toBe(404);
    expect((await call(HEAD, 'GET', '/api/adult-concerns')).json.items.map((i: { id: string }) => i.id)).not.toContain(r.json.id);
    const chair = await call(CHAIR, 'GET', `/api/adult-concerns/${r.json.id}`);
    expect(chair.status).toBe(200);
    expect(chair.json.route).toBe('chair');
  });

  it('repeated concerns about the same adult are flagged as a pattern to the case managers', async () => {
    const r = await call('senco', 'POST', '/api/adult-concerns', { body: lowLevel({ account: 'Shows favouritism to one pupil; gives him sweets.' }) });
    expect(r.status).toBe(201);
    const list = await call(HEAD, 'GET', '/api/adult-concerns?kind=low-level');
    const about = list.json.items.filter((i: { subject: { name: string } }) => i.subject.name === 'Chris Evans');
    expect(about.length).toBe(2);
    expect(about.every((i: { pattern: boolean }) => i.pattern)).toBe(true);
  });

  it('a member of staff may report themselves; they too get a receipt only', async () => {
    const r = await call('teacher2', 'POST', '/api/adult-concerns', { body: lowLevel({ subject: undefined, selfReport: true, childIds: [] }) });
    expect(r.status).toBe(201);
    expect(Object.keys(r.json).sort()).toEqual(['id', 'kind', 'recordedAt', 'ref', 'selfReport']);
    expect((await call('teacher2', 'GET', `/api/adult-concerns/${r.json.id}`)).status).toBe(404);
    const head = await call(HEAD, 'GET', `/api/adult-concerns/${r.json.id}`);
    expect(head.json).toMatchObject({ selfReport: true, subject: { kind: 'staff', name: 'Chris Evans' } });
  });

  it('bad input gets a 422 that says what to fix, and stores nothing', async () => {
    const before = (await call(HEAD, 'GET', '/api/adult-concerns')).json.items.length;
    const cases: [Record<string, unknown>, string][] = [
      [lowLevel({ account: '' }), 'account'],
      [lowLevel({ kind: 'gossip' }), 'kind'],
      [lowLevel({ subject: { kind: 'staff', oid: '6a2e9f10-7c4b-4d3e-8f21-0000000000ff' } }), 'subject.oid'],
      [lowLevel({ subject: { kind: 'contractor', name: 'Sam Builder' } }), 'subject.organisation'],
      [lowLevel({ subject: undefined }), 'subject'],
      [lowLevel({ childIds: ['no-such-child'] }), 'childIds.0'],
      [lowLevel({ occurredAt: '2099-01-01T10:00:00Z' }), 'occurredAt'],
      [lowLevel({ harms: ['harmed-child'] }), 'harms'],
      [lowLevel({ account: 'x'.repeat(5_001) }), 'account'],
      [lowLevel({ extra: 1 }), '(body)'],
    ];
    for (const [body, path] of cases) {
      const r = await call('teacher', 'POST', '/api/adult-concerns', { body });
      expect(r.status, path).toBe(422);
      expect(r.json.error.problems.map((p: { path: string }) => p.path), path).toContain(path);
    }
    expect((await call(HEAD, 'GET', '/api/adult-concerns')).json.items.length).toBe(before);
  });

  it('a retry with the same Idempotency-Key is the same record; a different body with it is refused', async () => {
    const headers = { 'idempotency-key': 'adult-retry-0001' };
    const body = lowLevel({ account: 'Retry me.' });
    const first = await call('teacher', 'POST', '/api/adult-concerns', { body, headers });
    const again = await call('teacher', 'POST', '/api/adult-concerns', { body, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(first.json.id);
    const other = await call('teacher', 'POST', '/api/adult-concerns', { body: lowLevel({ account: 'Something else.' }), headers });
    expect(other.status).toBe(422);
  });

  it('names are cleaned like other names, and markup is kept as text', async () => {
    const r = await call('teacher', 'POST', '/api/adult-concerns', {
      body: lowLevel({ subject: { kind: 'supply-worker', name: '  Lee\u200B  \u202EGrant ', organisation: 'Supply\u200D Co' }, account: '<script>alert(1)</script> said something odd' }),
    });
    expect(r.status).toBe(201);
    const one = await call(HEAD, 'GET', `/api/adult-concerns/${r.json.id}`);
    expect(one.json.subject).toEqual({ kind: 'supply-worker', name: 'Lee Grant', organisation: 'Supply Co' });
    expect(one.json.account).toBe('<script>alert(1)</script> said something odd');
  });

  it('the access report names the case manager groups, and says what DSLs read when the school allows it', async () => {
    const report = await call('admin', 'GET', '/api/access-report');
    expect(report.status).toBe(200);
    const kinds = report.json.groups.flatMap((g: { groupId: string; routes: { kind: string }[] }) => g.routes.map((r) => `${g.groupId}:${r.kind}`));
    expect(kinds).toEqual(expect.arrayContaining([`${DEMO_GROUPS.head}:caseManager`, `${CHAIR_GROUP}:chair`]));
    await setSettings(true);
    try {
      const dsl = (await call('admin', 'GET', '/api/access-report')).json.people.find((p: { name: string }) => p.name === 'Alex Morgan');
      expect(dsl.sees.join('\n')).toMatch(/Concerns about adults/);
    } finally {
      await setSettings(false);
    }
  });

  it('only a Lantern admin sets who the case managers are', async () => {
    const current = await call('dsl', 'GET', '/api/adult-concern-settings');
    expect(current.status).toBe(200);
    const r = await call('dsl', 'PUT', '/api/adult-concern-settings', { body: { caseManagerGroups: [DEMO_GROUPS.dsl], chairGroups: [], dslsRead: true }, headers: { 'if-match': current.headers.get('etag')! } });
    expect(r.status).toBe(403);
    expect((await call('teacher', 'GET', '/api/adult-concern-settings')).status).toBe(403);
  });
});
