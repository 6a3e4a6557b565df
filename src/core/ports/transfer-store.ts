import type { AuditEvent } from '../model/audit-event.js';
import type { ReceivedPack, Transfer } from '../model/transfer.js';
import type { Page, PageRequest, Versioned } from './store.js';

export interface TransferQuery {
  status?: Transfer['status'];
  childId?: string;
  /** Sent transfers still awaiting receipt whose deadline passes by this instant (the alert sweep's query). */
  receiptDueBy?: string;
  /** Transfers not yet sent whose sending deadline (KCSIE: 5 school days) passes by this instant. */
  sendDueBy?: string;
}

/** Transfers out and packs received, one school (partition) at a time; writes carry their audit event, record first. */
export interface TransferStore {
  create(transfer: Transfer, audit: AuditEvent): Promise<Versioned<Transfer>>;
  get(schoolId: string, id: string): Promise<Versioned<Transfer> | undefined>;
  replace(next: Transfer, etag: string, audit: AuditEvent): Promise<Versioned<Transfer>>;
  query(schoolId: string, query: TransferQuery, page: PageRequest): Promise<Page<Transfer>>;
  /** `already_exists` when the same pack was already imported onto the child. */
  createReceived(pack: ReceivedPack, audit: AuditEvent): Promise<void>;
  getReceived(schoolId: string, id: string): Promise<ReceivedPack | undefined>;
  /** Packs received for one child, or (no childId) for the whole school. */
  receivedFor(schoolId: string, childId?: string): Promise<ReceivedPack[]>;
}
