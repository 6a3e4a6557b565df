import type { Container, OperationInput } from '@azure/cosmos';
import type { AuditEvent } from '../core/model/audit-event.js';
import type { Child } from '../core/model/child.js';
import type { RosterImport } from '../core/model/roster.js';
import type { ChildWrite, RosterStore } from '../core/ports/roster-store.js';
import { createOp, replaceOp, runBatch } from './batch.js';
import { guard } from './cosmos-errors.js';
import { toVersioned } from './documents.js';
import { Where } from './sql.js';

/** Cosmos DB allows 100 operations in one transactional batch. */
const BATCH_SIZE = 100;

/** Roster imports: the import record and its audit event first, then children in batches of 100. */
export function createRosterStore(records: Container): RosterStore {
  return {
    children: (schoolId) =>
      guard(async () => {
        const spec = new Where(schoolId, 'child').toSpec('SELECT * FROM c');
        const { resources } = await records.items.query(spec, { partitionKey: schoolId, maxItemCount: 1000 }).fetchAll();
        return resources.map((doc) => toVersioned<Child>(doc));
      }),
    async apply(record: RosterImport, audit: AuditEvent, writes: ChildWrite[]) {
      const ops = writes.map(toOp);
      const first = ops.splice(0, BATCH_SIZE - 2);
      await runBatch(records, record.schoolId, [createOp(record), createOp(audit), ...first], 'This roster import');
      while (ops.length > 0) {
        await runBatch(records, record.schoolId, ops.splice(0, BATCH_SIZE), 'This child');
      }
    },
  };
}

const toOp = (w: ChildWrite): OperationInput => (w.kind === 'create' ? createOp(w.child) : replaceOp(w.child, w.etag));
