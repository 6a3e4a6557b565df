import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical-json.js';
import type { Child } from '../model/child.js';
import type { RosterChange, RosterImport, RosterRow } from '../model/roster.js';
import type { ChildWrite } from '../ports/roster-store.js';
import type { Versioned } from '../ports/store.js';

export interface RosterPlan {
  /** Changes if the roster or the stored children change, so a commit applies exactly what was previewed. */
  id: string;
  changes: RosterChange[];
  writes: ChildWrite[];
  counts: RosterImport['counts'];
}

export interface PlanOptions {
  schoolId: string;
  /** The import date (the school's local date): when leavers left. */
  today: string;
  /** False when the file is only part of the school: nobody missing from it is marked as a leaver. */
  markLeavers: boolean;
}

/** A new child's id: the same UPN always gives the same id, so two imports can never add the same pupil twice. */
export const rosterChildId = (schoolId: string, upn: string) =>
  `ch-${createHash('sha256').update(`${schoolId}|${upn}`).digest('hex').slice(0, 24)}`;

const FIELDS = ['givenName', 'familyName', 'dateOfBirth', 'yearGroup'] as const;
const snapshot = (c: Pick<Child, (typeof FIELDS)[number] | 'leftAt'>) => ({
  givenName: c.givenName, familyName: c.familyName, dateOfBirth: c.dateOfBirth, yearGroup: c.yearGroup, ...(c.leftAt ? { leftAt: c.leftAt } : {}),
});

/**
 * Compares a roster with the stored children, matching by UPN: new UPNs are
 * added, changed details updated, returning leavers rejoin, and (unless told
 * otherwise) children on roll but missing from the roster are marked as
 * leavers — never deleted. Importing the same roster again plans nothing.
 */
export function planRoster(rows: readonly RosterRow[], existing: readonly Versioned<Child>[], opts: PlanOptions): RosterPlan {
  const byUpn = new Map<string, Versioned<Child>>();
  for (const e of existing) if (!byUpn.has(e.value.upn) || !e.value.leftAt) byUpn.set(e.value.upn, e);
  const plan: Omit<RosterPlan, 'id'> = { changes: [], writes: [], counts: { add: 0, update: 0, rejoin: 0, leave: 0, unchanged: 0 } };
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add(row.upn);
    planRow(plan, row, byUpn.get(row.upn), opts.schoolId);
  }
  if (opts.markLeavers) {
    for (const e of byUpn.values()) if (!seen.has(e.value.upn) && !e.value.leftAt) leave(plan, e, opts.today);
  }
  const touched = plan.writes.map((w) => (w.kind === 'replace' ? w.etag : ''));
  const id = createHash('sha256').update(canonicalJson({ changes: plan.changes, touched, markLeavers: opts.markLeavers })).digest('base64url');
  return { id, ...plan };
}

function planRow(plan: Omit<RosterPlan, 'id'>, row: RosterRow, found: Versioned<Child> | undefined, schoolId: string) {
  const after = { givenName: row.givenName, familyName: row.familyName, dateOfBirth: row.dateOfBirth, yearGroup: row.yearGroup };
  if (!found) {
    const child: Child = { id: rosterChildId(schoolId, row.upn), type: 'child', schoolId, upn: row.upn, ...after };
    plan.changes.push({ kind: 'add', childId: child.id, upn: row.upn, after });
    plan.writes.push({ kind: 'create', child });
    plan.counts.add++;
    return;
  }
  const current = found.value;
  const kind = current.leftAt ? 'rejoin' : FIELDS.some((f) => current[f] !== row[f]) ? 'update' : undefined;
  if (!kind) {
    plan.counts.unchanged++;
    return;
  }
  const { leftAt: _left, ...rest } = current;
  plan.changes.push({ kind, childId: current.id, upn: row.upn, before: snapshot(current), after });
  plan.writes.push({ kind: 'replace', child: { ...rest, ...after }, etag: found.etag });
  plan.counts[kind]++;
}

function leave(plan: Omit<RosterPlan, 'id'>, found: Versioned<Child>, today: string) {
  const child = { ...found.value, leftAt: today };
  plan.changes.push({ kind: 'leave', childId: child.id, upn: child.upn, before: snapshot(found.value), after: snapshot(child) });
  plan.writes.push({ kind: 'replace', child, etag: found.etag });
  plan.counts.leave++;
}
