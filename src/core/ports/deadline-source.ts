import type { School } from '../model/school.js';
import type { Store } from './store.js';

/**
 * One dated obligation that alerts DSLs when close or overdue, named by its
 * reference only (never a child). `cycle` changes when the date moves (an
 * extension), so alerts are raised afresh for the new date.
 */
export interface Deadline {
  recordType: string;
  recordId: string;
  ref: string;
  /** e.g. "Subject access request S-7K3QF9" */
  label: string;
  /** The instant the deadline passes. */
  dueAt: string;
  cycle: string;
  /** The tab page that opens the record, e.g. `subject-access/{id}`. */
  path: string;
  /** When set, the overdue alert goes to this person only (an action's assignee), not to the DSLs. */
  recipient?: { oid: string; name: string };
  /** When set, the alert goes to the school's case managers for concerns about adults (and never to `excludeOid`), not the DSLs. */
  caseManagers?: { route: 'headteacher' | 'chair'; excludeOid?: string };
  /** When set and passed, the DSLs get an escalation alert as the next stage. */
  escalateAt?: string;
  /** 'on-day': the date is the day something is due (a chase date), not a deadline that is missed. */
  wording?: 'on-day';
}

/**
 * Where deadline alerts come from (subject access requests; transfer receipts
 * next). `open` must be an indexed query over open records due by `horizon`
 * only, so the sweep's cost does not grow with closed history.
 */
export interface DeadlineSource {
  /** Short stable name, part of alert ids: `alert:{name}:{record}:{cycle}:{kind}`. */
  name: string;
  /** How long before `dueAt` a due-soon alert is raised. */
  dueSoonMs: number;
  open(store: Store, school: School, horizon: Date): AsyncIterable<Deadline>;
}
