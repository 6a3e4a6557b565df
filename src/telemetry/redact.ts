/**
 * Defence in depth for logs: callers log ids, codes and timings only, but
 * anything that looks like a credential or record content is removed here
 * before it is written, however deeply it is nested.
 */
export const REDACTED = '[redacted]';

/** Field names whose values are never logged: credentials, and the words record content travels under. */
const SECRET_KEY = /authorization|cookie|token|secret|password|passwd|assertion|apikey|api-key|connectionstring|^key$|^sig$/i;
const CONTENT_KEYS = new Set(
  [
    'account', 'name', 'displayname', 'givenname', 'familyname', 'surname', 'firstname', 'lastname', 'preferredname', 'fullname',
    'children', 'otherpeople', 'people', 'location', 'actiontaken', 'reason', 'reasons', 'summary', 'outcome',
    'description', 'decision', 'notes', 'note', 'text', 'body', 'rawbody', 'content', 'upn', 'dateofbirth', 'dob',
    'email', 'mail', 'userprincipalname', 'address', 'phone', 'relationship', 'parentsinformed', 'card',
  ],
);

const JWT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const BEARER = /\b(Bearer|Basic)\s+[^\s"',;]+/gi;

export const isRedactedKey = (key: string) => SECRET_KEY.test(key) || CONTENT_KEYS.has(key.toLowerCase());

/** Removes tokens that found their way into free text (e.g. an error message). */
export const scrubText = (s: string) => s.replace(JWT, REDACTED).replace(BEARER, `$1 ${REDACTED}`);

/** A copy of `value` with redacted keys replaced and strings scrubbed. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return '[truncated]';
  if (value instanceof Error) return scrubText(value.stack ?? value.message);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = isRedactedKey(k) ? REDACTED : redact(v, depth + 1);
  return out;
}
