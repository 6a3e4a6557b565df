import { TRIAGE_DECISIONS } from '../../format/labels.js';
import { formatPlainDate } from '../../format/dates.js';
import { describeMark, whereMark, type BodyMark } from './body-map-words.js';

const MAX = 400;

/** A stored value from the version history as plain text for people (never markup). */
export function describeValue(value: unknown, groups?: ReadonlyMap<string, string>): string {
  const text = describe(value, groups);
  return text.length > MAX ? `${text.slice(0, MAX)}…` : text;
}

// Bookkeeping the history need not repeat: ids, instants, and an action's own step-by-step log.
const HIDDEN = ['id', 'oid', 'by', 'at', 'doneAt', 'doneBy', 'withdrawnAt', 'cycle', 'history', 'setAt', 'setBy', 'sha256', 'x', 'y'];
const LABELS: Record<string, string> = { dueDate: 'due', doneNote: 'note', assignee: 'assigned to', groupId: 'group' };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isBodyMark = (o: Record<string, unknown>): o is BodyMark & Record<string, unknown> =>
  (o.side === 'front' || o.side === 'back') && typeof o.x === 'number' && typeof o.y === 'number' && typeof o.type === 'string' && typeof o.size === 'string' && typeof o.description === 'string';

function describe(value: unknown, groups?: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return '—';
  // An Entra group (the access history): its name, never its id.
  if (typeof value === 'string' && GUID.test(value)) return groups?.get(value.toLowerCase()) ?? 'a group Lantern cannot name';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatPlainDate(value) : (TRIAGE_DECISIONS[value] ?? value);
  if (typeof value === 'number' || typeof value === 'boolean') return value === true ? 'yes' : value === false ? 'no' : String(value);
  if (Array.isArray(value)) return value.length ? value.map((v) => describe(v, groups)).join('; ') : 'none';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string' && typeof o.oid === 'string') return o.name;
    if (isBodyMark(o)) return `${whereMark(o)}: ${describeMark(o)}`;
    return Object.entries(o)
      .filter(([k]) => !HIDDEN.includes(k))
      .map(([k, v]) => `${LABELS[k] ?? k}: ${describe(v, groups)}`)
      .join(', ');
  }
  return String(value);
}
