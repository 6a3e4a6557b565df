const MAX_NAME = 120;

/**
 * A file name safe to show and to offer on download: no folders, no control
 * or reserved characters, no leading dots, at most 120 characters (keeping
 * the extension). An empty result becomes "document".
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F<>:"|?*\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (!cleaned) return 'document';
  if (cleaned.length <= MAX_NAME) return cleaned;
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(cleaned)?.[0] ?? '';
  return cleaned.slice(0, MAX_NAME - ext.length) + ext;
}
