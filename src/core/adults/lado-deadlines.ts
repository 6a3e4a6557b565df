import type { Deadline, DeadlineSource } from '../ports/deadline-source.js';

/**
 * Allegations whose LADO referral is not recorded by the end of the next
 * working day: one overdue alert to the case managers who handle it, naming
 * the record by its reference only — never the adult, the children or anyone.
 */
export const ladoDeadlines: DeadlineSource = {
  name: 'lado',
  dueSoonMs: 0,
  async *open(store, school, horizon): AsyncIterable<Deadline> {
    for (const c of await store.adultConcerns.ladoDue(school.id, horizon.toISOString())) {
      if (c.kind !== 'allegation' || !c.lado || c.lado.referredAt) continue;
      yield {
        recordType: 'adultConcern', recordId: c.id, ref: c.ref,
        label: `LADO referral for allegation ${c.ref}`,
        dueAt: c.lado.dueAt, cycle: `d${c.lado.dueAt.slice(0, 10)}`,
        path: `adult-concerns/${encodeURIComponent(c.id)}`,
        caseManagers: { route: c.route, ...(c.subject.kind === 'staff' && { excludeOid: c.subject.oid }) },
      };
    }
  },
};
