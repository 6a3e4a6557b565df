import { LanternError, invalid } from '../errors.js';
import { localDate } from '../calendar/local-time.js';
import { calendarFor } from '../calendar/school-calendar.js';
import type { PersonRef } from '../model/ids.js';
import { requestDueOn, sarDueAt } from '../model/sar-deadline.js';
import type { School } from '../model/school.js';
import type { SubjectAccessRequest } from '../model/subject-access.js';
import { parseInput } from '../validation/parse.js';
import { subjectAccessUpdateSchema, type SubjectAccessUpdate } from '../validation/subject-access-input.js';
import type { Deps, RequestContext } from './context.js';
import { saveSubjectAccessChange } from './save-subject-access-change.js';
import { loadSubjectAccess } from './subject-access-access.js';
import { subjectAccessView } from './subject-access-view.js';
import { gatherChildFile } from '../export/gather-child-file.js';
import { subjectAccessContributors } from './build-subject-access-export.js';

/** Extends the deadline (once, with a reason), records the identity check, reviews a redaction, or closes (If-Match). */
export async function updateSubjectAccessRequest(deps: Deps, ctx: RequestContext, id: string, body: unknown, ifMatch?: string) {
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the version you are changing.');
  const update = parseInput(subjectAccessUpdateSchema, body, 'change');
  const current = await loadSubjectAccess(deps, ctx, id, 'update', `subjectAccess.${update.op}`);
  if (current.etag !== ifMatch) {
    const s = current.value;
    throw new LanternError('version_conflict', `${s.updatedBy.name} changed this request at ${s.updatedAt} after you opened it. Reload to see their change.`);
  }
  if (current.value.status === 'closed') throw new LanternError('invalid_state', 'This request is closed; it cannot change.');
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  if (update.op === 'withhold') await checkWithholdTarget(deps, ctx, current.value, update);
  const changed = apply(current.value, update, me, deps.clock(), ctx.school);
  const saved = await saveSubjectAccessChange(deps, ctx, current, changed, `subjectAccess.${update.op}`);
  return { sar: subjectAccessView(saved.value, deps.clock()), etag: saved.etag };
}

function apply(s: SubjectAccessRequest, u: SubjectAccessUpdate, me: PersonRef, now: Date, school: School): SubjectAccessRequest {
  const at = now.toISOString();
  const timeZone = school.timeZone;
  const today = localDate(now, timeZone);
  switch (u.op) {
    case 'extend': {
      if (s.requestType === 'educational-record') throw new LanternError('invalid_state', 'A request to see the educational record cannot be extended: the regulations allow 15 school days.');
      if (s.extension) throw new LanternError('invalid_state', 'This request was already extended; the law allows one extension of two months.');
      if (Date.parse(s.dueAt) <= now.getTime()) {
        throw new LanternError('invalid_state', `The deadline (${ukDate(s.dueOn)}) has passed: the law allows an extension only within the first month, before the deadline. Respond as soon as you can.`);
      }
      if (u.requesterToldOn && u.requesterToldOn > today) throw invalid('requesterToldOn: cannot be in the future.', [{ path: 'requesterToldOn', message: 'cannot be in the future' }]);
      if (u.requesterToldOn && u.requesterToldOn < s.receivedOn) throw invalid('requesterToldOn: cannot be before the request was received.', [{ path: 'requesterToldOn', message: 'cannot be before the request was received' }]);
      const extension = { reason: u.reason, by: me, at, ...(u.requesterToldOn ? { requesterToldOn: u.requesterToldOn } : {}) };
      return withDue({ ...s, extension }, school);
    }
    case 'pauseClock': {
      if (s.pauses?.some((p) => !p.to)) throw new LanternError('invalid_state', 'The clock is already stopped; restart it before stopping it again.');
      if (u.from > today) throw invalid('from: cannot be in the future.', [{ path: 'from', message: 'cannot be in the future' }]);
      if (u.from < s.receivedOn) throw invalid('from: cannot be before the request was received.', [{ path: 'from', message: 'cannot be before the request was received' }]);
      const lastEnd = (s.pauses ?? []).reduce((m, p) => (p.to && p.to > m ? p.to : m), '');
      if (u.from < lastEnd) throw invalid('from: overlaps an earlier pause of the clock.', [{ path: 'from', message: 'overlaps an earlier pause of the clock' }]);
      if (Date.parse(s.dueAt) <= now.getTime()) throw new LanternError('invalid_state', `The deadline (${ukDate(s.dueOn)}) has passed; the clock can only be stopped while the request is in time.`);
      return { ...s, pauses: [...(s.pauses ?? []), { reason: u.reason, from: u.from, ...(u.note ? { note: u.note } : {}), by: me, at }] };
    }
    case 'resumeClock': {
      const open = s.pauses?.find((p) => !p.to);
      if (!open) throw new LanternError('invalid_state', 'The clock is not stopped.');
      if (u.on > today) throw invalid('on: cannot be in the future.', [{ path: 'on', message: 'cannot be in the future' }]);
      if (u.on < open.from) throw invalid('on: cannot be before the clock was stopped.', [{ path: 'on', message: 'cannot be before the clock was stopped' }]);
      return withDue({ ...s, pauses: s.pauses!.map((p) => (p === open ? { ...p, to: u.on } : p)) }, school);
    }
    case 'recordIdentity':
      if (u.checkedOn > today) throw invalid('checkedOn: cannot be in the future.', [{ path: 'checkedOn', message: 'cannot be in the future' }]);
      return { ...s, identity: { checked: true, method: u.method, checkedOn: u.checkedOn, by: me } };
    case 'reviewRedaction':
      return { ...s, redactionDecisions: [...s.redactionDecisions, { redactionId: u.redactionId, redact: u.redact, reason: u.reason, by: me, at }] };
    case 'withhold': {
      const list = s.withholdings ?? [];
      const w = { id: `w-${list.length + 1}`, recordId: u.recordId, ...(u.passage ? { passage: u.passage } : {}), basis: u.basis, note: u.note, by: me, at };
      return { ...s, withholdings: [...list, w] };
    }
    case 'liftWithholding': {
      const list = s.withholdings ?? [];
      const found = list.find((w) => w.id === u.withholdingId && !w.liftedAt);
      if (!found) throw invalid('withholdingId: no such withholding on this request is in force.', [{ path: 'withholdingId', message: 'no such withholding is in force' }]);
      return { ...s, withholdings: list.map((w) => (w === found ? { ...w, liftedAt: at, note: `${w.note}\nLifted: ${u.reason}` } : w)) };
    }
    case 'close':
      return { ...s, status: 'closed', outcome: u.outcome, closedAt: at };
  }
}

/** A withholding must name an entry of this child's file, and a passage must be text that entry holds. */
async function checkWithholdTarget(deps: Deps, ctx: RequestContext, s: SubjectAccessRequest, u: Extract<SubjectAccessUpdate, { op: 'withhold' }>) {
  const file = await gatherChildFile(deps.store, ctx.school, s.childId, subjectAccessContributors);
  const entries = (file?.sections ?? []).flatMap((x) => x.entries).filter((e) => e.recordId === u.recordId);
  if (!entries.length) throw invalid("recordId: is not an entry of this child's file.", [{ path: 'recordId', message: "is not an entry of this child's file" }]);
  if (u.passage && !entries.some((e) => [e.title, ...e.fields.map((f) => f.value)].some((t) => t.includes(u.passage!)))) {
    throw invalid('passage: that text is not in this entry; copy it exactly from the preview.', [{ path: 'passage', message: 'is not in this entry' }]);
  }
}

/** The request with its deadline recomputed (extension, pauses); a moved deadline re-arms the alerts. */
function withDue(s: SubjectAccessRequest, school: School): SubjectAccessRequest {
  const cal = calendarFor(school);
  const dueOn = requestDueOn(s, (start, n) => cal.addDaysOf('school', start, n));
  if (dueOn === s.dueOn) return s;
  return { ...s, dueOn, dueAt: sarDueAt(dueOn, school.timeZone).toISOString(), deadlineCycle: s.deadlineCycle + 1 };
}

const ukDate = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
