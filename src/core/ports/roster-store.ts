import type { AuditEvent } from '../model/audit-event.js';
import type { Child } from '../model/child.js';
import type { RosterImport } from '../model/roster.js';
import type { Versioned } from './store.js';

export type ChildWrite = { kind: 'create'; child: Child } | { kind: 'replace'; child: Child; etag: string };

/** Children as the roster import sees them: with etags, so a change never overwrites someone else's. */
export interface RosterStore {
  children(schoolId: string): Promise<Versioned<Child>[]>;
  /**
   * Writes the import record with its audit event, then the children in
   * batches. Not atomic across batches: an import cut short is completed by
   * importing the same roster again (the plan is worked out afresh).
   */
  apply(record: RosterImport, audit: AuditEvent, writes: ChildWrite[]): Promise<void>;
}
