import type { RawRosterRow, RosterFacts } from '../model/roster.js';

const CONTROL = /[\u0000-\u001F\u007F]/;
const YES = ['y', 'yes', 'true', '1'];
const NO = ['n', 'no', 'false', '0', ''];

type Fail = (path: string, message: string) => void;

/**
 * The optional columns: SEN provision (K, E or N, or words), pupil premium and
 * looked after (yes/no), and parents with parental responsibility as
 * "Name (Relationship); Name (Relationship)". Absent columns say nothing.
 */
export function rosterFacts(raw: RawRosterRow, fail: Fail): RosterFacts | undefined {
  const facts: RosterFacts = {};
  if (raw.senProvision !== undefined) facts.senProvision = senCode(raw.senProvision, fail);
  if (raw.pupilPremium !== undefined) facts.pupilPremium = yesNo(raw.pupilPremium, 'pupilPremium', fail);
  if (raw.lookedAfter !== undefined) facts.lookedAfter = yesNo(raw.lookedAfter, 'lookedAfter', fail);
  if (raw.parents !== undefined) facts.parents = parents(raw.parents, fail);
  return Object.keys(facts).length ? facts : undefined;
}

function senCode(value: string, fail: Fail): RosterFacts['senProvision'] {
  const v = value.trim().toLowerCase();
  if (['k', 'sen support', 'sen-support'].includes(v)) return 'K';
  if (['e', 'ehcp', 'ehc plan', 'statement', 's'].includes(v)) return 'E';
  if (['n', 'none', 'no', ''].includes(v)) return 'N';
  fail('senProvision', 'must be K (SEN support), E (EHCP) or N (none)');
  return undefined;
}

function yesNo(value: string, path: string, fail: Fail): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (YES.includes(v)) return true;
  if (NO.includes(v)) return false;
  fail(path, 'must be yes or no');
  return undefined;
}

function parents(value: string, fail: Fail): RosterFacts['parents'] {
  const list = value.split(';').map((p) => p.trim()).filter(Boolean);
  const out: { name: string; relationship: string }[] = [];
  for (const p of list) {
    const m = /^(.+?)\s*\(([^()]+)\)$/.exec(p);
    const name = (m?.[1] ?? p).trim();
    const relationship = (m?.[2] ?? 'Parent or carer').trim();
    if (name.length > 200 || relationship.length > 100 || CONTROL.test(p)) fail('parents', 'each parent must be "Name (Relationship)", at most 200 characters');
    else out.push({ name, relationship });
  }
  if (out.length > 6) fail('parents', 'may name at most 6 adults');
  return out;
}
