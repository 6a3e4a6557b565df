import type { Deadline, DeadlineSource } from '../ports/deadline-source.js';
import { SAR_DUE_SOON_DAYS } from './subject-access-view.js';

const MAX_PAGES = 1000;

/** Subject access requests as a deadline source: open requests whose deadline passes by the horizon. */
export const subjectAccessDeadlines: DeadlineSource = {
  name: 'sar',
  dueSoonMs: SAR_DUE_SOON_DAYS * 86_400_000,
  async *open(store, school, horizon): AsyncIterable<Deadline> {
    let cursor: string | undefined;
    for (let i = 0; i < MAX_PAGES; i++) {
      const page = await store.subjectAccess.query(school.id, { status: 'open', dueBy: horizon.toISOString() }, { limit: 100, cursor });
      for (const s of page.items) {
        // Released: answered, nothing more is due. Clock stopped: nothing runs until the school restarts it.
        if (s.releases.length > 0 || s.pauses?.some((p) => !p.to)) continue;
        yield {
          recordType: 'subjectAccessRequest', recordId: s.id, ref: s.ref, label: `Subject access request ${s.ref}`,
          dueAt: s.dueAt, cycle: `d${s.deadlineCycle}`, path: `subject-access/${encodeURIComponent(s.id)}`,
        };
      }
      cursor = page.cursor;
      if (!cursor) break;
    }
  },
};
