import { canonicalJson } from '../audit/canonical-json.js';
import { LanternError } from '../errors.js';
import type { PersonRef } from '../model/ids.js';
import { actionOidsOf, isOpenAction, type Concern, type ConcernAction, type FieldChange } from '../model/concern.js';
import type { ConcernUpdate } from '../validation/update-input.js';
import { parentalDecision } from '../model/parental.js';

/** The concern after one update, before it is stored. Pure. */
export function applyUpdate(c: Concern, u: ConcernUpdate, by: PersonRef, at: string, newId: () => string): Concern {
  switch (u.op) {
    case 'edit': {
      const next: Concern = { ...c, ...u.changes };
      if (u.changes.children) next.childIds = u.changes.children.map((x) => x.childId);
      if (u.changes.alertedStaff) next.alertedOids = u.changes.alertedStaff.map((p) => p.oid.toLowerCase());
      return next;
    }
    case 'triage':
      return { ...c, status: 'triaged', triage: { decision: u.decision, reasons: u.reasons, by, at }, ...(u.priority ? { priority: { ...u.priority, by, at } } : {}) };
    case 'prioritise':
      return { ...c, priority: { ...u.priority, by, at } };
    case 'close':
      return { ...c, status: 'closed', closure: { outcome: u.outcome, summary: u.summary, by, at } };
    case 'addAction': {
      // Only to oneself here (checked before); the name is the signed-in one, never the client's.
      const action = { id: `a-${newId()}`, description: u.description, assignee: by, dueDate: u.dueDate, done: false, setAt: at, setBy: by, cycle: 1, history: [{ kind: 'set' as const, at, by, to: by }] };
      const actions = [...c.actions, action];
      return { ...c, actions, actionOids: actionOidsOf(actions) };
    }
    case 'completeAction': {
      if (!c.actions.some((a) => a.id === u.actionId)) {
        throw new LanternError('validation_failed', 'actionId: no such action on this concern.', [
          { path: 'actionId', message: 'no such action on this concern' },
        ]);
      }
      const done = (a: ConcernAction) => ({ ...a, done: true, doneAt: at, doneBy: by, history: [...(a.history ?? []), { kind: 'done' as const, at, by }] });
      return { ...c, actions: c.actions.map((a) => (a.id === u.actionId && isOpenAction(a) ? done(a) : a)) };
    }
    case 'parentalNotification':
      return { ...c, parentsInformed: parentalDecision(u, by, at) };
  }
}

const TRACKED: (keyof Concern)[] = [
  'children', 'otherPeople', 'categories', 'account', 'occurredAt', 'location', 'actionTaken',
  'parentsInformed', 'alertedStaff', 'status', 'triage', 'priority', 'closure', 'actions', 'bodyMap',
];

/** Field-by-field differences, with the previous value kept. */
export function diffConcern(before: Concern, after: Concern): FieldChange[] {
  return TRACKED.filter((f) => canonicalJson(before[f]) !== canonicalJson(after[f])).map((field) => ({
    field,
    before: before[field] ?? null,
    after: after[field] ?? null,
  }));
}
