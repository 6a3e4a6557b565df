/** Storage keys say where a file belongs and nothing about it: ids only, never names. */
export const documentKey = (schoolId: string, recordType: 'concerns', recordId: string, documentId: string) =>
  `schools/${encodeURIComponent(schoolId)}/${recordType}/${encodeURIComponent(recordId)}/${encodeURIComponent(documentId)}`;

export function parseDocumentKey(key: string) {
  const m = /^schools\/([^/]+)\/(concerns)\/([^/]+)\/([^/]+)$/.exec(key);
  if (!m) return undefined;
  return { schoolId: decodeURIComponent(m[1]!), recordType: m[2] as 'concerns', recordId: decodeURIComponent(m[3]!), documentId: decodeURIComponent(m[4]!) };
}
