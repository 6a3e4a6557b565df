import { LanternError, notFound } from '../errors.js';
import { hasRole } from '../model/actor.js';
import { deadlineAlertId, type DeadlineAlert } from '../model/alert.js';
import type { AccessConfig, PendingAccessChange, School } from '../model/school.js';
import type { DirectoryGroup } from '../ports/people-directory.js';
import type { Versioned } from '../ports/store.js';
import { audit } from '../audit/audit-writer.js';
import type { Deps, RequestContext } from './context.js';
import { ACCESS_FACTS } from './get-access-config.js';
import { diffFields } from './record-changes.js';
import { saveSchoolSettings } from './save-school-settings.js';

/** How long a change that widens access waits for a second person before it lapses. */
export const PENDING_ACCESS_DAYS = 7;
const DAY_MS = 86_400_000;

export const ACCESS_TRACKED: (keyof AccessConfig)[] = ['staffGroups', 'dslGroups', 'adminGroups', 'escalationGroups', 'categoryReaders', 'rosterSource'];

export type AccessUpdate = PendingAccessChange['update'];

export function applyAccessUpdate(current: AccessConfig, u: AccessUpdate): AccessConfig {
  const next: AccessConfig = { ...current };
  if (u.staffGroups) next.staffGroups = u.staffGroups;
  if (u.dslGroups) next.dslGroups = u.dslGroups;
  if (u.adminGroups) next.adminGroups = u.adminGroups;
  if (u.escalationGroups) next.escalationGroups = u.escalationGroups;
  if (u.categoryReaders) next.categoryReaders = u.categoryReaders;
  if (u.rosterSource === null) delete next.rosterSource;
  else if (u.rosterSource) next.rosterSource = u.rosterSource;
  return next;
}

/**
 * What a change adds to who reads concern content, in words: a group made DSL
 * or admin (admins can make anyone anything), or a group granted a category it
 * could not read before. Empty when the change only narrows access or touches
 * what does not give reading (staff groups log concerns and read their own;
 * escalation groups get references only; the roster source).
 */
export function wideningOf(before: AccessConfig, after: AccessConfig, groupName: (id: string) => string, categoryName: (id: string) => string): string[] {
  const added = (was: string[], now: string[]) => now.filter((g) => !was.includes(g));
  const words: string[] = [];
  for (const g of added(before.dslGroups, after.dslGroups)) words.push(`add the group ${groupName(g)} to the DSL groups`);
  for (const g of added(before.adminGroups, after.adminGroups)) words.push(`add the group ${groupName(g)} to the Lantern admin groups`);
  for (const r of after.categoryReaders) {
    const had = before.categoryReaders.filter((b) => b.groupId === r.groupId).flatMap((b) => b.categories);
    const fresh = r.categories.filter((c) => !had.includes(c));
    if (fresh.length) words.push(`let the group ${groupName(r.groupId)} read ${fresh.map(categoryName).join(', ')}`);
  }
  return words;
}

/** Pending changes still open at `now` (lapsed ones are dropped on the next write). */
export const openChanges = (school: School, now: Date) => (school.pendingAccessChanges ?? []).filter((p) => Date.parse(p.expiresAt) > now.getTime());

/**
 * Stores a widening change as pending (not applied), audited in the
 * configuration's chain with the person who asked, and raises an alert that
 * goes to every DSL in Teams as a card naming who asked for what.
 */
export async function proposeAccessChange(
  deps: Deps, ctx: RequestContext, found: Versioned<School>, update: AccessUpdate, summary: string[],
): Promise<{ saved: Versioned<School>; change: PendingAccessChange }> {
  const now = deps.clock();
  const change: PendingAccessChange = {
    id: `access-change-${deps.newId()}`,
    requestedBy: { oid: ctx.actor.oid, name: ctx.actor.name },
    requestedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + PENDING_ACCESS_DAYS * DAY_MS).toISOString(),
    update,
    summary,
  };
  const next: School = { ...found.value, pendingAccessChanges: [...openChanges(found.value, now), change] };
  const saved = await saveSchoolSettings(deps, ctx, found, next, [], { ...ACCESS_FACTS, action: 'access.propose' }, {
    id: change.id, step: 'requested', requestedBy: change.requestedBy, summary,
  });
  await deps.store.alerts.raise(accessChangeAlert(ctx.school.id, change, now));
  return { saved, change };
}

function accessChangeAlert(schoolId: string, change: PendingAccessChange, now: Date): DeadlineAlert {
  const what = change.summary.join('; ');
  return {
    id: deadlineAlertId('access-change', change.id, 'requested', 'due-soon'),
    type: 'alert', schoolId, kind: 'due-soon', dueAt: change.expiresAt, raisedAt: now.toISOString(), audience: 'dsl', status: 'pending', deliveredTo: [],
    source: 'deadline',
    deadline: {
      source: 'access-change', recordType: 'accessConfig', recordId: change.id, ref: 'Access change', cycle: 'requested', path: 'access', wording: 'notice',
      label: `${change.requestedBy.name} asked to ${what}. It takes effect only when another DSL approves it in Lantern (Access page); it lapses after ${PENDING_ACCESS_DAYS} days`,
    },
  };
}

const ONLY_DSL = 'Only a DSL can approve or reject a change to who can see concerns.';

/**
 * A DSL other than the person who asked approves (the change is applied to the
 * configuration as it is now) or rejects a pending change. The decision is
 * written with an If-Match on the school, so of two racing decisions one
 * applies and the other is told it was already decided.
 */
export async function decideAccessChange(deps: Deps, ctx: RequestContext, changeId: string, decision: 'approve' | 'reject') {
  const facts = { ...ACCESS_FACTS, action: decision === 'approve' ? 'access.approve' : 'access.reject' };
  if (!hasRole(ctx.actor, 'dsl')) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', ONLY_DSL);
  }
  const found = await deps.store.access.get(ctx.school.id);
  if (!found) throw notFound('This school');
  const now = deps.clock();
  const change = (found.value.pendingAccessChanges ?? []).find((p) => p.id === changeId);
  if (!change) throw new LanternError('not_found', 'This access change was not found: it may have been decided already. Reload the Access page.');
  if (Date.parse(change.expiresAt) <= now.getTime()) {
    throw new LanternError('invalid_state', `This access change lapsed after ${PENDING_ACCESS_DAYS} days without a decision. Ask for it again if it is still needed.`);
  }
  if (change.requestedBy.oid.toLowerCase() === ctx.actor.oid.toLowerCase()) {
    await audit(deps, ctx, { ...facts, outcome: 'denied' });
    throw new LanternError('forbidden', 'You asked for this change, so another DSL has to approve or reject it.');
  }
  const rest = openChanges(found.value, now).filter((p) => p.id !== changeId);
  const after = decision === 'approve' ? applyAccessUpdate(found.value.access, change.update) : found.value.access;
  const next: School = { ...found.value, access: after, pendingAccessChanges: rest };
  const proposal = {
    id: change.id, step: decision === 'approve' ? ('approved' as const) : ('rejected' as const),
    requestedBy: change.requestedBy, decidedBy: { oid: ctx.actor.oid, name: ctx.actor.name }, summary: change.summary,
  };
  try {
    const saved = await saveSchoolSettings(deps, ctx, found, next, diffFields(found.value.access, after, ACCESS_TRACKED), facts, proposal);
    return { saved, change, applied: decision === 'approve' };
  } catch (e) {
    if (e instanceof LanternError && (e.code === 'version_conflict' || e.code === 'already_exists')) {
      throw new LanternError('invalid_state', 'Someone else changed the access configuration or decided this change at the same moment. Reload the Access page to see where it stands.');
    }
    throw e;
  }
}

/** Group and category names for the words of a change; ids only where the directory could not be asked. */
export function namers(school: School, groups: DirectoryGroup[] | undefined) {
  const g = new Map((groups ?? []).map((x) => [x.id.toLowerCase(), x.name] as const));
  const c = new Map(school.categories.map((x) => [x.id, x.name] as const));
  const readers = new Map(school.access.categoryReaders.map((r) => [r.groupId, r.label] as const));
  return {
    group: (id: string) => `“${g.get(id.toLowerCase()) ?? readers.get(id) ?? 'not named in the directory'}”`,
    category: (id: string) => c.get(id) ?? id,
  };
}
