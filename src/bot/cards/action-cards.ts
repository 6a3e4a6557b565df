import type { MyAction } from '../../core/actions/list-my-actions.js';
import { card, execute, heading, openUrl, paragraph, type AdaptiveCard, type InputText } from './adaptive.js';

export const ACTION_VERBS = { done: 'completeAction' } as const;
export const ACTION_NOTE_INPUT = 'actionNote';

export interface ActionRef {
  schoolId: string;
  concernId: string;
  actionId: string;
  ref: string;
  dueDate: string;
}

/** "Fri 11 Dec": a plain date in words, never an ISO string. */
export const dueDay = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(`${date}T00:00:00Z`)).replace(',', '');

const noteInput: InputText = { type: 'Input.Text', id: ACTION_NOTE_INPUT, label: 'What was done (optional)', isMultiline: true, maxLength: 5_000 };

const markDone = (a: ActionRef, title = 'Mark done') =>
  execute(title, ACTION_VERBS.done, { schoolId: a.schoolId, concernId: a.concernId, actionId: a.actionId, ref: a.ref }, { associatedInputs: 'auto', style: 'positive' });

/**
 * Sent to the member of staff given an action. Like every proactive card it
 * names no child and no detail (not even the action's wording, which may name
 * one): the reference and the due date, and the concern in Lantern.
 */
export function actionAssignedCard(a: ActionRef, openInLantern: string): AdaptiveCard {
  return card(
    [
      heading('You have been given an action'),
      paragraph(`On concern ${a.ref}, due by ${dueDay(a.dueDate)}. Open it in Lantern to read what to do; you can mark it done here.`),
      noteInput,
    ],
    [markDone(a), openUrl('Open in Lantern', openInLantern)],
  );
}

export function actionDoneCard(ref: string, openInLantern: string): AdaptiveCard {
  return card([heading('Action done'), paragraph(`Your action on concern ${ref} is marked done. Thank you.`)], [openUrl('Open in Lantern', openInLantern)]);
}

export function actionTakenBackCard(ref: string): AdaptiveCard {
  return card([heading('Action withdrawn'), paragraph(`Your action on concern ${ref} was withdrawn or given to someone else. You no longer have access to the concern through it.`)]);
}

/** "my actions": references, due dates and states only (the card stays in the chat), open ones with a Mark done button. */
export function myActionsCard(items: MyAction[], schoolId: string, openLantern: string): AdaptiveCard {
  if (items.length === 0) return card([heading('Your actions'), paragraph('You have no actions.')], [openUrl('Open Lantern', openLantern)]);
  const state = (i: MyAction) => (i.action.done ? 'done' : i.overdue ? 'overdue' : 'open');
  const line = (i: MyAction) => `${i.concernRef} — due ${dueDay(i.action.dueDate)} — ${state(i)}`;
  const open = items.filter((i) => !i.action.done).slice(0, 4);
  return card(
    [heading('Your actions'), ...items.map((i) => paragraph(line(i), { spacing: 'small' }))],
    [
      ...open.map((i) => markDone({ schoolId, concernId: i.concernId, actionId: i.action.id, ref: i.concernRef, dueDate: i.action.dueDate }, `Mark done: ${i.concernRef}, due ${dueDay(i.action.dueDate)}`)),
      openUrl('Open Lantern', openLantern),
    ],
  );
}
