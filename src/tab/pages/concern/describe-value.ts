import { TRIAGE_DECISIONS } from '../../format/labels.js';

const MAX = 400;

/** A stored value from the version history as plain text for people (never markup). */
export function describeValue(value: unknown): string {
  const text = describe(value);
  return text.length > MAX ? `${text.slice(0, MAX)}…` : text;
}

function describe(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return TRIAGE_DECISIONS[value] ?? value;
  if (typeof value === 'number' || typeof value === 'boolean') return value === true ? 'yes' : value === false ? 'no' : String(value);
  if (Array.isArray(value)) return value.length ? value.map(describe).join('; ') : 'none';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string' && typeof o.oid === 'string') return o.name;
    return Object.entries(o)
      .filter(([k]) => !['id', 'oid', 'by', 'at', 'doneAt', 'sha256', 'x', 'y'].includes(k))
      .map(([k, v]) => `${k}: ${describe(v)}`)
      .join(', ');
  }
  return String(value);
}
