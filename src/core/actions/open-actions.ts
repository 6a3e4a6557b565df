import { LanternError } from '../errors.js';
import { isOpenAction, type Concern } from '../model/concern.js';

const ukDate = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`));

/**
 * Closing a concern whose actions are still open needs a second, confirmed
 * request: the first is refused (409) with the open actions listed, each as
 * a problem a person can read ("Phone home — Chris Evans, due 3 Dec 2026").
 */
export function refuseOpenActions(c: Concern): void {
  const open = c.actions.filter(isOpenAction);
  if (open.length === 0) return;
  const problems = open.map((a) => ({ path: `actions.${a.id}`, message: `${a.description} — ${a.assignee.name}, due ${ukDate(a.dueDate)}` }));
  const count = open.length === 1 ? '1 open action' : `${open.length} open actions`;
  throw new LanternError(
    'invalid_state',
    `This concern has ${count}: ${problems.map((p) => p.message).join('; ')}. Close it anyway by confirming (confirmOpenActions: true), or finish or withdraw the actions first.`,
    problems,
  );
}
