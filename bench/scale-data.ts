import { randomUUID } from 'node:crypto';
import type { Container, OperationInput } from '@azure/cosmos';
import { addDays, localDate } from '../src/core/calendar/local-time.js';
import { calendarFor } from '../src/core/calendar/school-calendar.js';
import { DEFAULT_AGENCY_MILESTONES } from '../src/core/model/agency-timescales.js';
import { DEFAULT_CATEGORY_IDS } from '../src/core/model/category.js';
import type { ChildRole, Concern, ConcernAction, ConcernStatus } from '../src/core/model/concern.js';
import type { PersonRef } from '../src/core/model/ids.js';
import { AGENCIES, type StandardAgency as Agency, type Referral } from '../src/core/model/referral.js';
import { schedule } from '../src/core/model/referral-schedule.js';
import type { WorkingCalendar } from '../src/core/calendar/working-calendar.js';
import type { School } from '../src/core/model/school.js';
import { concernId, concernRef } from '../src/core/usecases/concern-ids.js';
import { referralId, referralRef } from '../src/core/usecases/referral-ids.js';
import { personaByKey } from '../src/local/demo-identity.js';

/**
 * Synthetic records for the scale sections, typed by the core model (Concern,
 * Referral) so they have the shape the app writes, and bulk-loaded straight
 * into `records` with transactional batches. Deterministic (seeded PRNG) so
 * two sizes differ only in how much history there is.
 */

const DAY = 86_400_000;
const YEAR = 365 * DAY;

/** Small, fast, seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const person = (key: string): PersonRef => {
  const p = personaByKey(key)!;
  return { oid: p.oid, name: p.name };
};
const STAFF = [person('teacher'), person('teacher2'), person('senco'), person('deputy')];
const DSL = person('dsl');
const CHILD_IDS = Array.from({ length: 30 }, (_, i) => `child-${String(i + 1).padStart(3, '0')}`);
const LOCATIONS = ['Playground', 'Classroom 4', 'Year 5 classroom', 'Hall (PE)', 'Front office', 'Dining hall', 'School gate'];
const SENTENCES = [
  'Arrived without a coat again and said "Mum forgot".',
  'Was hungry at break and ate two breakfasts.',
  'Said she had not eaten since yesterday lunchtime.',
  'Late for the third day this week; looked tired.',
  'Became very upset when asked about the weekend and would not say why.',
  'Another pupil reported name-calling in the lunch queue.',
  'Noticed a bruise on the forearm; said it happened at football.',
  'Has been withdrawn in class and is not finishing work.',
  'Parent appeared distressed at pick-up and spoke sharply to the child.',
  'Disclosed that an older sibling looks after her most evenings.',
];
const OUTCOMES = ['No further action: family supported by school', 'Resolved after meeting with parents', 'Referred to early help; case closed by school', 'Monitored for six weeks; no further concerns'];

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const iso = (ms: number) => new Date(ms).toISOString();
const hex64 = (rand: () => number) => Array.from({ length: 8 }, () => Math.floor(rand() * 0x100000000).toString(16).padStart(8, '0')).join('');

function account(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 5);
  return Array.from({ length: n }, () => pick(rand, SENTENCES)).join(' ');
}

interface ConcernSpec {
  status: ConcernStatus;
  occurredMs: number;
  /** Not after this moment (recordedAt, triage and closure are clamped to it). */
  nowMs: number;
  actions?: ConcernAction[];
}

/** One concern as createConcern/updateConcern would have left it. */
export function makeConcern(rand: () => number, schoolId: string, spec: ConcernSpec): Concern {
  const id = concernId(schoolId, '', undefined, randomUUID);
  const clamp = (ms: number) => Math.min(ms, spec.nowMs);
  const recordedMs = clamp(spec.occurredMs + Math.floor(rand() * 6 * 3_600_000));
  const createdBy = pick(rand, STAFF);
  const subject = pick(rand, CHILD_IDS);
  const children: { childId: string; role: ChildRole }[] = [{ childId: subject, role: 'subject' }];
  if (rand() < 0.2) {
    const other = pick(rand, CHILD_IDS);
    if (other !== subject) children.push({ childId: other, role: pick(rand, ['victim', 'witness', 'alleged-perpetrator'] as const) });
  }
  const categories = [...new Set([pick(rand, DEFAULT_CATEGORY_IDS), ...(rand() < 0.3 ? [pick(rand, DEFAULT_CATEGORY_IDS)] : [])])];
  const informed = rand() < 0.7;
  const concern: Concern = {
    id, type: 'concern', schoolId, ref: concernRef(id),
    children, otherPeople: [], categories, account: account(rand),
    occurredAt: iso(spec.occurredMs), location: pick(rand, LOCATIONS), actionTaken: 'Spoke to the child and recorded their words.',
    parentsInformed: informed ? { informed: true } : { informed: false, reason: 'DSL to decide' },
    alertedStaff: [], childIds: children.map((c) => c.childId), alertedOids: [],
    createdBy, recordedAt: iso(recordedMs), status: 'new', actions: spec.actions ?? [],
    version: 1, updatedAt: iso(recordedMs), updatedBy: createdBy, auditHead: hex64(rand),
  };
  if (spec.status === 'new') return concern;
  const triagedMs = clamp(recordedMs + Math.floor(rand() * 2 * DAY));
  concern.triage = { decision: pick(rand, ['monitor', 'early-help', 'refer', 'no-further-action']), reasons: 'Discussed with the class teacher.', by: DSL, at: iso(triagedMs) };
  Object.assign(concern, { status: 'triaged', version: 2, updatedAt: iso(triagedMs), updatedBy: DSL });
  if (spec.status === 'triaged') return concern;
  const closedMs = clamp(triagedMs + Math.floor(rand() * 30 * DAY));
  concern.closure = { outcome: pick(rand, OUTCOMES), summary: 'Actions completed; nothing further for school.', by: DSL, at: iso(closedMs) };
  if (!spec.actions && rand() < 0.5) {
    concern.actions = [{ id: randomUUID(), description: 'Check in with the child', assignee: createdBy, dueDate: iso(triagedMs + 7 * DAY).slice(0, 10), done: true, doneAt: iso(closedMs) }];
  }
  return Object.assign(concern, { status: 'closed', version: 3 + concern.actions.length, updatedAt: iso(closedMs) });
}

/** Open work and recent activity: the same documents whatever the size of the history. */
export const RECENT_DAYS = 60;
const OPEN_NEW = 25;
const OPEN_TRIAGED = 15;
const RECENT_CLOSED = 40;
export const FIXED_CONCERNS = OPEN_NEW + OPEN_TRIAGED + RECENT_CLOSED;

/**
 * Concerns for the DSL home at `now`: FIXED_CONCERNS of open work and recent
 * activity (identical at every size), then `history` closed concerns that
 * occurred between RECENT_DAYS and three years ago. Yields lazily.
 */
export function* dashboardConcerns(schoolId: string, timeZone: string, now: Date, history: number): Generator<Concern> {
  const nowMs = now.getTime();
  const today = localDate(now, timeZone);
  const fixed = prng(1);
  for (let i = 0; i < OPEN_NEW; i++) yield makeConcern(fixed, schoolId, { status: 'new', occurredMs: nowMs - (i * 9 + 2) * 3_600_000, nowMs });
  for (let i = 0; i < OPEN_TRIAGED; i++) {
    const by = pick(fixed, STAFF);
    const action = (days: number, done = false): ConcernAction => ({
      id: randomUUID(), description: 'Follow up with the family', assignee: by, dueDate: addDays(today, days), done, ...(done ? { doneAt: iso(nowMs - DAY) } : {}),
    });
    // One overdue or due within the week, one later, one done: open actions, all on open concerns.
    const actions = [action(i % 2 === 0 ? -(1 + (i % 9)) : i % 7), action(10 + i), action(-3, true)];
    yield makeConcern(fixed, schoolId, { status: 'triaged', occurredMs: nowMs - (3 + i * 2) * DAY, nowMs, actions });
  }
  for (let i = 0; i < RECENT_CLOSED; i++) yield makeConcern(fixed, schoolId, { status: 'closed', occurredMs: nowMs - (1 + fixed() * (RECENT_DAYS - 2)) * DAY, nowMs });
  const rand = prng(2);
  const from = nowMs - 3 * YEAR;
  const span = 3 * YEAR - RECENT_DAYS * DAY;
  for (let i = 0; i < history; i++) yield makeConcern(rand, schoolId, { status: 'closed', occurredMs: from + rand() * span, nowMs });
}

/** Open referrals whose next milestone is due by the sweep's due-soon horizon at `now` (due soon, overdue or escalated). */
export function* openReferrals(school: School, now: Date, horizon: Date, count: number): Generator<Referral> {
  const rand = prng(3);
  for (let i = 0; i < count; i++) {
    const agency = AGENCIES[i % AGENCIES.length]!;
    // 1-working-day agencies (social care, LADO): made 0–4 days ago; 10-day ones: 12–20 days ago.
    let daysAgo = agency === 'childrens-social-care' || agency === 'lado' ? (i % 5) : 12 + (i % 9);
    for (;;) {
      const madeAt = new Date(now.getTime() - daysAgo * DAY - (1 + (i % 4)) * 3_600_000);
      const r = makeReferral(rand, school, agency, madeAt, 'open');
      if (r.nextDueAt && r.nextDueAt <= horizon.toISOString()) {
        yield r;
        break;
      }
      daysAgo++;
    }
  }
}

/** Closed referrals, every milestone done, made between 30 days and three years before `now`. */
export function* closedReferrals(school: School, now: Date, count: number): Generator<Referral> {
  const rand = prng(4);
  const firstDay = Math.floor((now.getTime() - 3 * YEAR) / DAY) * DAY;
  const days = Math.floor((3 * YEAR - 30 * DAY) / DAY);
  for (let i = 0; i < count; i++) {
    // A working-hours moment on one of ~1,060 days (few distinct hours, so the memoised calendar mostly hits).
    const madeAt = firstDay + Math.floor(rand() * days) * DAY + (rand() < 0.5 ? 9 : 13) * 3_600_000 + Math.floor(rand() * 60) * 60_000;
    yield makeReferral(rand, school, pick(rand, AGENCIES), new Date(madeAt), 'closed');
  }
}

const memoCalendars = new WeakMap<School, WorkingCalendar>();

/**
 * The school's calendar with `dueAt` remembered per (UTC hour, timescale): the
 * result depends only on the local date of `from`, and Europe/London's offset
 * is whole hours, so this is exact and makes 100,000 referrals quick to build.
 */
function memoCalendar(school: School): WorkingCalendar {
  let memo = memoCalendars.get(school);
  if (!memo) {
    const calendar = calendarFor(school);
    const seen = new Map<string, Date>();
    memo = {
      ...calendar,
      dueAt(from, timescale) {
        const key = `${Math.floor(from.getTime() / 3_600_000)}|${timescale.amount}|${timescale.unit}`;
        let due = seen.get(key);
        if (!due) seen.set(key, (due = calendar.dueAt(from, timescale)));
        return new Date(due);
      },
    };
    memoCalendars.set(school, memo);
  }
  return memo;
}

/** A referral as createReferral (and, for closed ones, the DSL's later updates) would have left it. */
export function makeReferral(rand: () => number, school: School, agency: Agency, madeAt: Date, status: 'open' | 'closed'): Referral {
  const calendar = memoCalendar(school);
  const id = referralId(school.id, DSL.oid, undefined, randomUUID);
  const made = madeAt.toISOString();
  const draft: Referral = {
    id, type: 'referral', schoolId: school.id, ref: referralRef(id), concernId: concernId(school.id, '', undefined, randomUUID),
    childId: pick(rand, CHILD_IDS), agency, madeAt: made, method: pick(rand, ['phone', 'email', 'portal'] as const),
    reference: `REF-${Math.floor(rand() * 1e6)}`, madeBy: DSL, status: 'open',
    milestones: DEFAULT_AGENCY_MILESTONES[agency].map((m) => ({ ...m })), contacts: [],
    version: 1, createdAt: made, updatedAt: made, updatedBy: DSL, auditHead: hex64(rand),
  };
  if (status === 'open') return schedule(draft, calendar);
  // Closed: the strategy discussion (no timescale) was held, every due milestone met, then closed.
  const done = (ms: number) => ({ doneAt: iso(ms), doneBy: DSL });
  draft.milestones = draft.milestones.map((m) => (m.timescale ? m : { ...m, ...done(madeAt.getTime() + 2 * DAY) }));
  let r = schedule(draft, calendar);
  r = { ...r, milestones: r.milestones.map((m) => (m.dueAt && !m.doneAt ? { ...m, ...done(Date.parse(m.dueAt) - (1 + rand() * 20) * 3_600_000) } : m)) };
  r = schedule(r, calendar); // the ICPC's due date runs from the strategy discussion
  r = { ...r, milestones: r.milestones.map((m) => (m.dueAt && !m.doneAt ? { ...m, ...done(Date.parse(m.dueAt) - 3_600_000) } : m)) };
  const closedAt = iso(Math.max(...r.milestones.map((m) => Date.parse(m.doneAt ?? made))) + DAY);
  r.contacts = [{ id: randomUUID(), at: iso(madeAt.getTime() + DAY), direction: 'incoming', method: 'phone', who: 'Duty social worker', summary: 'Acknowledged the referral.', recordedBy: DSL }];
  return schedule({ ...r, status: 'closed', outcome: pick(rand, OUTCOMES), version: 2 + r.milestones.length, updatedAt: closedAt }, calendar);
}

/**
 * Creates documents in one partition with transactional batches of up to 100
 * operations, `concurrency` batches in flight. Pulls lazily from `docs`, so
 * at most concurrency × 100 documents are held at once. Returns how many were written.
 */
export async function bulkCreate(records: Container, schoolId: string, docs: Iterable<{ id: string; schoolId: string }>, concurrency = 16): Promise<number> {
  const it = docs[Symbol.iterator]();
  let written = 0;
  const next = (): OperationInput[] => {
    const ops: OperationInput[] = [];
    while (ops.length < 100) {
      const r = it.next();
      if (r.done) break;
      ops.push({ operationType: 'Create', partitionKey: schoolId, resourceBody: { ...r.value } });
    }
    return ops;
  };
  const worker = async () => {
    for (let ops = next(); ops.length > 0; ops = next()) {
      const { result } = await records.items.batch(ops, schoolId).catch((e: unknown) => {
        // A keep-alive socket the server closed while idle: resend, as upserts so a half-applied batch is harmless.
        if (!/ECONNRESET|socket hang up/.test(String(e))) throw e;
        return records.items.batch(ops.map((op) => ({ ...op, operationType: 'Upsert' }) as OperationInput), schoolId);
      });
      const failed = result?.find((r) => r.statusCode >= 400);
      if (!result || result.length !== ops.length || failed) throw new Error(`bulk load: batch failed (${failed?.statusCode ?? 'incomplete'})`);
      written += ops.length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return written;
}
