import { chainedEvent } from '../audit/audit-writer.js';
import { assertTransition } from '../model/concern-lifecycle.js';
import { actionOidsOf, type Concern, type ConcernAction } from '../model/concern.js';
import type { ConcernChange } from '../ports/case-note-store.js';
import type { Versioned } from '../ports/store.js';
import { diffConcern } from '../usecases/apply-update.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import type { CaseNote } from './case-note.js';
import { followUpActionId } from './case-note-ids.js';

const KIND_WORDS: Record<CaseNote['kind'], string> = { call: 'call', meeting: 'meeting', conversation: 'conversation', note: 'note' };

/**
 * The concern with the note's follow-up added as an action for the note's
 * author, versioned and audited in the concern's own chain. The note records
 * the action's id so the two stay linked.
 */
export function followUpChange(deps: Deps, ctx: RequestContext, current: Versioned<Concern>, note: CaseNote): ConcernChange {
  assertTransition(current.value, 'manageActions');
  const now = deps.clock().toISOString();
  const me = { oid: ctx.actor.oid, name: ctx.actor.name };
  const action: ConcernAction = {
    id: followUpActionId(note.id),
    description: `Follow up the ${KIND_WORDS[note.kind]} recorded in a case note`,
    assignee: me,
    dueDate: note.followUp!.dueDate,
    done: false,
    // Set like any other action, so it appears on the chronology as set, and overdue alerts arm for it.
    setAt: now,
    setBy: me,
    cycle: 1,
    history: [{ kind: 'set', at: now, by: me, to: me }],
  };
  note.followUp = { ...note.followUp!, actionId: action.id };
  const actions = [...current.value.actions, action];
  const next: Concern = { ...current.value, actions, actionOids: actionOidsOf(actions), version: current.value.version + 1, updatedAt: now, updatedBy: me };
  const version = {
    id: `${next.id}:v${next.version}`,
    type: 'concernVersion' as const,
    schoolId: ctx.school.id,
    concernId: next.id,
    version: next.version,
    changedBy: me,
    changedAt: now,
    changes: diffConcern(current.value, next),
  };
  const facts = { action: 'concern.addAction', recordType: 'concern', recordId: next.id };
  const audit = chainedEvent(deps, ctx, facts, next.version, current.value.auditHead, { record: next, version });
  next.auditHead = audit.hash;
  return { next, etag: current.etag, version, audit };
}
