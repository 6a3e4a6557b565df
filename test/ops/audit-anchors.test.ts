import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHash } from '../../src/core/audit/hash.js';
import type { AuditAnchor } from '../../src/core/model/audit-anchor.js';
import type { AuditEvent } from '../../src/core/model/audit-event.js';
import { anchorAllSchools } from '../../src/ops/anchor-all-schools.js';
import { verifyAllSchools } from '../../src/ops/verify-all-schools.js';
import { AUDIT_ANCHORS_CONTAINER, RECORDS_CONTAINER } from '../../src/store/containers.js';
import { makeAuditEvent } from '../support/fixtures.js';
import { concernBody, startTestApp, type TestApp } from '../support/test-app.js';

const SCHOOL = 'demo-primary';
const DAY1 = '2026-11-20';
const DAY2 = '2026-11-21';
let t: TestApp;
let concernId: string;

const records = () => t.cosmos.database.container(RECORDS_CONTAINER);
const anchors = () => t.cosmos.database.container(AUDIT_ANCHORS_CONTAINER);
const setClock = (iso: string) => (t.app.deps.clock = () => new Date(iso));
const anchorUntil = (until: string) => anchorAllSchools(t.cosmos.store, new Date(until), new Date('2026-11-28T12:00:00Z'));

async function verify() {
  const lines: string[] = [];
  const ok = await verifyAllSchools(t.cosmos.store, (l) => lines.push(l));
  return { ok, text: lines.join('\n') };
}

async function eventsOf(day: string, where: (e: AuditEvent) => boolean = () => true) {
  return (await t.cosmos.store.audit.all(SCHOOL)).filter((e) => e.at.startsWith(day) && where(e));
}

/** Runs `tamper` on a stored document, checks, then puts the document back exactly as it was. */
async function withTampered(id: string, tamper: (doc: any) => Promise<unknown>, check: () => Promise<void>) {
  const { resource } = await records().item(id, SCHOOL).read();
  await tamper(resource);
  try {
    await check();
  } finally {
    const { resource: now } = await records().item(id, SCHOOL).read();
    if (now) await records().item(id, SCHOOL).replace(resource);
    else await records().items.create(resource);
  }
}

const rehashed = (doc: AuditEvent, change: Partial<AuditEvent>) => {
  const next = { ...doc, ...change };
  return { ...next, hash: auditHash(next) };
};

beforeAll(async () => {
  t = await startTestApp();
  setClock(`${DAY1}T09:00:00.000Z`);
  const created = await t.call('teacher', 'POST', '/api/concerns', { body: concernBody({ occurredAt: `${DAY1}T08:30:00.000Z` }) });
  concernId = created.json.id;
  setClock(`${DAY1}T09:05:00.000Z`);
  await t.call('dsl', 'GET', `/api/concerns/${concernId}`);
  setClock(`${DAY1}T09:06:00.000Z`);
  await t.call('teacher2', 'GET', `/api/concerns/${concernId}`); // denied
  setClock(`${DAY1}T09:10:00.000Z`);
  const edited = await t.call('teacher', 'PATCH', `/api/concerns/${concernId}`, {
    body: { op: 'edit', changes: { location: 'Library' } }, headers: { 'if-match': created.headers.get('etag')! },
  });
  setClock(`${DAY2}T10:00:00.000Z`);
  await t.call('dsl', 'PATCH', `/api/concerns/${concernId}`, {
    body: { op: 'triage', decision: 'monitor', reasons: 'Watch' }, headers: { 'if-match': edited.headers.get('etag')! },
  });
  setClock(`${DAY2}T10:05:00.000Z`);
  await t.call('dsl', 'GET', `/api/concerns/${concernId}`);
  setClock(`${DAY2}T10:06:00.000Z`);
  await t.call('deputy', 'GET', `/api/concerns/${concernId}`);
  const run = await anchorUntil(`${DAY2}T23:59:00.000Z`); // DAY2 has not ended by then: only DAY1
  expect(run.created).toBe(1);
  expect((await anchorUntil('2026-11-22T00:00:00.000Z')).created).toBe(1);
}, 60_000);
afterAll(() => t?.close());

describe('audit anchors', () => {
  it('are written once per school per finished UTC day, chained, and a second run creates nothing', async () => {
    expect((await anchorUntil('2026-11-22T00:00:00.000Z')).created).toBe(0);
    const list = await t.cosmos.store.auditAnchors.list(SCHOOL);
    expect(list.map((a) => [a.id, a.seq])).toEqual([[`anchor:${SCHOOL}:${DAY1}`, 1], [`anchor:${SCHOOL}:${DAY2}`, 2]]);
    expect(list[0]!.count).toBe((await eventsOf(DAY1)).length);
    expect(list[1]!.prev).toBe(list[0]!.hash);
    expect(await t.cosmos.store.auditAnchors.create(list[0]!)).toBe(false); // a retried write: 409, the stored one stands
  });

  it('never anchors a day that has not been over for a while', async () => {
    const run = await anchorAllSchools(t.cosmos.store, new Date('2026-12-31T00:00:00Z'), new Date('2026-11-22T00:05:00Z'));
    expect(run.created).toBe(0);
  });

  it('verify passes an intact trail and says what is only hash-checked', async () => {
    const { ok, text } = await verify();
    expect(text).toContain(`OK       ${SCHOOL}`);
    expect(text).toContain(`2 daily anchor(s) through ${DAY2} match`);
    expect(text).toMatch(/event\(s\) after 2026-11-21 are not anchored yet and are checked by hash and chain only/);
    expect(ok).toBe(true);
  });
});

describe('audit:verify against tampering in the store', () => {
  it('names a chained change event that was edited in place', async () => {
    const id = `audit:${concernId}:2`;
    await withTampered(id, (doc) => records().item(id, SCHOOL).replace({ ...doc, oid: '6a2e9f10-7c4b-4d3e-8f21-000000000099' }), async () => {
      const { ok, text } = await verify();
      expect(ok).toBe(false);
      expect(text).toContain(`first: record ${concernId}, event ${id}: event was changed after it was written`);
    });
  });

  it('names a view event that was edited and re-hashed (caught by its anchor)', async () => {
    const view = (await eventsOf(DAY1, (e) => e.action === 'concern.read' && e.outcome === 'success'))[0]!;
    await withTampered(view.id, (doc) => records().item(view.id, SCHOOL).replace(rehashed(doc, { outcome: 'denied' })), async () => {
      const { ok, text } = await verify();
      expect(ok).toBe(false);
      expect(text).toContain(`anchor anchor:${SCHOOL}:${DAY1}, record ${concernId}, event ${view.id}: event differs from the one anchored`);
    });
  });

  it('names the day and the neighbours of a deleted denial event', async () => {
    const day = await eventsOf(DAY1);
    const i = day.findIndex((e) => e.action === 'concern.read' && e.outcome === 'denied');
    const denied = day[i]!;
    await withTampered(denied.id, () => records().item(denied.id, SCHOOL).delete(), async () => {
      const { ok, text } = await verify();
      expect(ok).toBe(false);
      expect(text).toContain(`an anchored event of ${DAY1} is missing (removed) between ${day[i - 1]!.id} and ${day[i + 1]!.id}`);
    });
  });

  it('names a deleted change event in the middle of a chain', async () => {
    const id = `audit:${concernId}:2`;
    await withTampered(id, () => records().item(id, SCHOOL).delete(), async () => {
      const { ok, text } = await verify();
      expect(ok).toBe(false);
      expect(text).toContain(`record ${concernId}, event audit:${concernId}:3: change 2 is missing`);
      expect(text).toContain(`an anchored event of ${DAY1} is missing`);
    });
  });

  it('names reordered view events (their times swapped and re-hashed)', async () => {
    const [a, b] = await eventsOf(DAY2, (e) => e.action === 'concern.read');
    await withTampered(a!.id, (doc) => records().item(a!.id, SCHOOL).replace(rehashed(doc, { at: b!.at })), () =>
      withTampered(b!.id, (doc) => records().item(b!.id, SCHOOL).replace(rehashed(doc, { at: a!.at })), async () => {
        const { ok, text } = await verify();
        expect(ok).toBe(false);
        expect(text).toMatch(new RegExp(`event (${a!.id}|${b!.id}): event (differs from|is out of its anchored order|is not in)`));
      }),
    );
  });

  it('names change events whose chain positions were swapped', async () => {
    const one = `audit:${concernId}:1`;
    const two = `audit:${concernId}:2`;
    const first = (await records().item(one, SCHOOL).read()).resource as AuditEvent;
    const second = (await records().item(two, SCHOOL).read()).resource as AuditEvent;
    await withTampered(one, (doc) => records().item(one, SCHOOL).replace(rehashed(doc, { chain: second.chain })), () =>
      withTampered(two, (doc) => records().item(two, SCHOOL).replace(rehashed(doc, { chain: first.chain })), async () => {
        const { ok, text } = await verify();
        expect(ok).toBe(false);
        expect(text).toMatch(new RegExp(`first: record ${concernId}, event audit:${concernId}:[12]: change [12] does not follow`));
        expect(text).toContain(`event differs from the one anchored for ${DAY1}`);
      }),
    );
  });

  it('names an event forged into an anchored day', async () => {
    const forged = makeAuditEvent({ id: 'audit-forged-1', schoolId: SCHOOL, action: 'concern.read', recordId: concernId, at: `${DAY1}T12:00:00.000Z` });
    await records().items.create(forged);
    try {
      const { ok, text } = await verify();
      expect(ok).toBe(false);
      expect(text).toContain('event audit-forged-1: event is not in the anchor for 2026-11-20');
    } finally {
      await records().item(forged.id, SCHOOL).delete();
    }
  });

  it('names an anchor that was changed', async () => {
    const id = `anchor:${SCHOOL}:${DAY1}`;
    const { resource } = await anchors().item(id, SCHOOL).read<AuditAnchor>();
    await anchors().item(id, SCHOOL).replace({ ...resource!, count: 1 });
    try {
      const { ok, text } = await verify();
      expect(ok).toBe(false);
      expect(text).toContain(`anchor ${id}, record anchor ${DAY1}, event -: anchor was changed after it was written`);
    } finally {
      await anchors().item(id, SCHOOL).replace(resource!);
    }
    expect((await verify()).ok).toBe(true);
  });
});
