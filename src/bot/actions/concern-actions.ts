import type { Activity } from 'botbuilder';
import { LanternError } from '../../core/errors.js';
import type { RequestContext } from '../../core/usecases/context.js';
import { getConcern } from '../../core/usecases/get-concern.js';
import { updateConcern } from '../../core/usecases/update-concern.js';
import { withdrawAlert } from '../../core/usecases/withdraw-alert.js';
import type { AdaptiveCard } from '../cards/adaptive.js';
import { confirmationCard, recordedCard } from '../cards/confirmation-card.js';
import { TRIAGE_INPUT } from '../cards/details-card.js';
import { alertCard, triageCard, triagedCard, type CardView } from '../cards/proactive-cards.js';
import type { BotEnv } from '../bot-env.js';
import { cardMessage } from '../error-messages.js';
import { announceTriage, announceWithdrawal, triageFacts } from '../notify/concern-notices.js';
import { contextForTurn } from '../turn-actor.js';
import { categoryNames, detailsFor } from './concern-read.js';
import { canWithdrawAlert } from '../../core/policy/alert-policy.js';

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const viewOf = (v: unknown): CardView => (v === 'triage' || v === 'mine' ? v : 'alert');

interface Target {
  ctx: RequestContext;
  concernId: string;
  view: CardView;
}

async function targetOf(env: BotEnv, activity: Partial<Activity>, data: Record<string, unknown>): Promise<Target> {
  const ctx = await contextForTurn(env, activity, text(data.schoolId) || undefined);
  return { ctx, concernId: text(data.concernId), view: viewOf(data.view) };
}

/** "Show details": the concern for this person alone (user-specific card), audited as a read. */
export async function showConcern(env: BotEnv, activity: Partial<Activity>, data: Record<string, unknown>) {
  const t = await targetOf(env, activity, data);
  return detailsFor(env, t.ctx, t.concernId, t.view);
}

/** "Hide details": back to the card as it arrived. Needs no read: it shows nothing about the concern. */
export async function hideConcern(env: BotEnv, _activity: Partial<Activity>, data: Record<string, unknown>): Promise<AdaptiveCard> {
  const ids = { schoolId: text(data.schoolId), concernId: text(data.concernId), ref: text(data.ref) };
  const open = env.links.concern(ids.concernId);
  const view = viewOf(data.view);
  if (view === 'triage') {
    const school = await schoolOf(env, ids.schoolId);
    const categories = Array.isArray(data.categories) ? data.categories.filter((x): x is string => typeof x === 'string') : [];
    const facts = school ? triageFacts(env, school, { categories, urgent: data.urgent === true }) : undefined;
    return triageCard(ids, text(data.recordedAt), school?.timeZone ?? 'Europe/London', open, facts);
  }
  return view === 'mine' ? recordedCard(ids, open) : alertCard(ids, open);
}

async function schoolOf(env: BotEnv, schoolId: string) {
  const schools = await env.directory.schoolsOf(env.config.TENANT_ID.toLowerCase());
  return schools.find((s) => s.id === schoolId);
}

/** "Mark triaged": the same updateConcern as the API, against the version the DSL was shown (If-Match). */
export async function triageConcern(env: BotEnv, activity: Partial<Activity>, data: Record<string, unknown>) {
  const t = await targetOf(env, activity, data);
  const typed = { decision: text(data[TRIAGE_INPUT.decision]), reasons: text(data[TRIAGE_INPUT.reasons]), priority: text(data[TRIAGE_INPUT.priority]), priorityReason: text(data[TRIAGE_INPUT.priorityReason]) };
  const priority = typed.priority || typed.priorityReason.trim() ? { priority: { level: typed.priority, reason: typed.priorityReason } } : {};
  try {
    const r = await updateConcern(env.deps, t.ctx, t.concernId, { op: 'triage', decision: typed.decision, reasons: typed.reasons, ...priority }, text(data.etag) || undefined);
    env.tasks.run('announce triage', () => announceTriage(env, t.ctx.school, r.concern));
    return triagedCard(r.concern.ref, t.ctx.actor.name, typed.decision, env.links.concern(t.concernId));
  } catch (e) {
    if (!(e instanceof LanternError) || !['validation_failed', 'version_conflict', 'invalid_state', 'precondition_required'].includes(e.code)) throw e;
    // Shown, never overwritten: the fresh version, with what went wrong and what was typed.
    const problem = e.code === 'validation_failed' ? `Not saved — ${cardMessage(e).message}` : undefined;
    const notice = problem ? undefined : `Not saved. ${cardMessage(e).message}`;
    return detailsFor(env, t.ctx, t.concernId, 'triage', { notice, triage: { ...typed, problem } });
  }
}

/** "Withdraw alert": the colleague loses the access the alert gave; their card says so. */
export async function withdrawAlertAction(env: BotEnv, activity: Partial<Activity>, data: Record<string, unknown>) {
  const t = await targetOf(env, activity, data);
  const oid = text(data.oid);
  try {
    const r = await withdrawAlert(env.deps, t.ctx, t.concernId, { oid }, text(data.etag) || undefined);
    const school = t.ctx.school;
    env.tasks.run('announce withdrawal', () => announceWithdrawal(env, school, r.concern, oid));
    const notice = `Alert to ${r.withdrawn.name} withdrawn.`;
    if (t.view !== 'mine') return detailsFor(env, t.ctx, t.concernId, t.view, { notice });
    return confirmationCard({
      concern: r.concern, etag: r.etag, categoryNames: categoryNames(school, r.concern.categories), timeZone: school.timeZone,
      openInLantern: env.links.concern(t.concernId), canWithdraw: canWithdrawAlert(t.ctx.actor, r.concern), notice,
    });
  } catch (e) {
    if (!(e instanceof LanternError) || !['version_conflict', 'invalid_state'].includes(e.code)) throw e;
    return refreshedAfterConflict(env, t, `Not withdrawn. ${cardMessage(e).message}`);
  }
}

async function refreshedAfterConflict(env: BotEnv, t: Target, notice: string): Promise<AdaptiveCard> {
  if (t.view !== 'mine') return detailsFor(env, t.ctx, t.concernId, t.view, { notice });
  const { concern, etag } = await getConcern(env.deps, t.ctx, t.concernId);
  return confirmationCard({
    concern, etag, categoryNames: categoryNames(t.ctx.school, concern.categories), timeZone: t.ctx.school.timeZone,
    openInLantern: env.links.concern(t.concernId), canWithdraw: canWithdrawAlert(t.ctx.actor, concern), notice,
  });
}
