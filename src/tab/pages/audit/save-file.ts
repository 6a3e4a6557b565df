import type { AuditCsv } from './audit-types.js';

/** Saves the CSV the API built as a file, without putting anything in a URL the tab does not own. */
export function saveCsv(file: AuditCsv) {
  const blob = new Blob([file.csv], { type: file.contentType || 'text/csv' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = /^[A-Za-z0-9_.-]{1,120}$/.test(file.fileName) ? file.fileName : 'lantern-audit.csv';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
