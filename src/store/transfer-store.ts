import type { Container, SqlQuerySpec } from '@azure/cosmos';
import type { AuditEvent } from '../core/model/audit-event.js';
import type { ReceivedPack, Transfer } from '../core/model/transfer.js';
import type { TransferQuery, TransferStore } from '../core/ports/transfer-store.js';
import type { Versioned } from '../core/ports/store.js';
import { createOp, replaceOp, runBatch } from './batch.js';
import { guard } from './cosmos-errors.js';
import { ofType, stripSystemFields, toVersioned } from './documents.js';
import { queryAll, queryPage } from './paging.js';
import { Where } from './sql.js';

const WHAT = 'This transfer';

/** Transfers and received packs in the school's partition; each write is one batch with its audit event, record first. */
export function createTransferStore(records: Container): TransferStore {
  const written = <T>(result: { eTag?: string; resourceBody?: object } | undefined, doc: T): Versioned<T> => {
    if (!result?.eTag) throw new Error('Cosmos did not return an etag for the written transfer.');
    return { value: result.resourceBody ? stripSystemFields<T>(result.resourceBody) : doc, etag: result.eTag };
  };
  return {
    async create(transfer, audit) {
      const [created] = await runBatch(records, transfer.schoolId, [createOp(transfer), createOp(audit)], WHAT);
      return written(created, transfer);
    },
    async get(schoolId, id) {
      const { resource } = await guard(() => records.item(id, schoolId).read());
      const doc = ofType<Transfer>(resource, 'transfer');
      return doc && toVersioned<Transfer>(doc);
    },
    async replace(next, etag, audit: AuditEvent) {
      const [replaced] = await runBatch(records, next.schoolId, [replaceOp(next, etag), createOp(audit)], WHAT);
      return written(replaced, next);
    },
    query: (schoolId, query, page) => queryPage<Transfer>(records, schoolId, transferQuerySql(schoolId, query), page),
    async createReceived(pack, audit) {
      await runBatch(records, pack.schoolId, [createOp(pack), createOp(audit)], 'This received pack');
    },
    async getReceived(schoolId, id) {
      const { resource } = await guard(() => records.item(id, schoolId).read());
      const doc = ofType<ReceivedPack>(resource, 'transferIn');
      return doc && stripSystemFields<ReceivedPack>(doc);
    },
    receivedFor(schoolId, childId) {
      const where = new Where(schoolId, 'transferIn');
      if (childId) where.add(`c.childId = ${where.param('childId', childId)}`);
      return queryAll<ReceivedPack>(records, schoolId, where.toSpec('SELECT * FROM c'));
    },
  };
}

function transferQuerySql(schoolId: string, q: TransferQuery): SqlQuerySpec {
  const where = new Where(schoolId, 'transfer');
  if (q.status) where.add(`c.status = ${where.param('status', q.status)}`);
  if (q.childId) where.add(`c.childId = ${where.param('childId', q.childId)}`);
  if (q.receiptDueBy) where.add(`IS_DEFINED(c.receiptDueAt) AND c.receiptDueAt <= ${where.param('dueBy', q.receiptDueBy)}`);
  if (q.sendDueBy) where.add(`IS_DEFINED(c.sendDueAt) AND c.sendDueAt <= ${where.param('sendDueBy', q.sendDueBy)}`);
  return where.toSpec('SELECT * FROM c', 'c.createdAt DESC');
}
