/** One row of the audit trail as the API gives it (listAuditEvents). */
export interface AuditRow {
  id: string;
  at: string;
  tid: string;
  oid: string;
  action: string;
  recordType: string;
  recordId: string;
  outcome: 'success' | 'denied' | 'failed';
  correlationId: string;
  chain?: { seq: number; prev: string };
  hash: string;
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
