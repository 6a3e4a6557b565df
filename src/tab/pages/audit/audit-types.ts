/** One row of the audit trail as the API gives it (listAuditEvents). */
export interface AuditRow {
  id: string;
  at: string;
  tid: string;
  oid: string;
  /** The person's name, when the directory knows them. */
  name?: string;
  action: string;
  recordType: string;
  recordId: string;
  /** The record's short reference (C-…, R-…) or, for DSLs, the child's name. */
  recordRef?: string;
  outcome: 'success' | 'denied' | 'failed';
  correlationId: string;
  chain?: { seq: number; prev: string };
  hash: string;
}

/** Everyone the trail can be filtered by, by name (listAuditEvents). */
export interface AuditPerson {
  oid: string;
  name: string;
}

/** The CSV export as the tab receives it (Accept: application/json). */
export interface AuditCsv {
  fileName: string;
  contentType: string;
  csv: string;
}

/** The filters, as they appear in the page address (#/audit?…). Dates are the school's calendar days. */
export interface AuditFilter {
  oid: string;
  childId: string;
  recordId: string;
  action: string;
  outcome: string;
  from: string;
  to: string;
}

export const FILTER_KEYS: (keyof AuditFilter)[] = ['oid', 'childId', 'recordId', 'action', 'outcome', 'from', 'to'];

export const filterFromParams = (params: URLSearchParams): AuditFilter =>
  Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as unknown as AuditFilter;

export const EMPTY_FILTER: AuditFilter = { oid: '', childId: '', recordId: '', action: '', outcome: '', from: '', to: '' };
