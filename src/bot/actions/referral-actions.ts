import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { LanternError, type FieldProblem } from '../../core/errors.js';
import { addReferralContact } from '../../core/usecases/add-referral-contact.js';
import { loadReferral } from '../../core/usecases/referral-access.js';
import type { AdaptiveCard } from '../cards/adaptive.js';
import { CHASE_INPUT, chaseFormCard, chaseLoggedCard, type ChaseValues, type ReferralRef } from '../cards/referral-cards.js';
import type { BotEnv } from '../bot-env.js';
import { cardMessage } from '../error-messages.js';
import { contextForTurn } from '../turn-actor.js';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

const EMPTY: ChaseValues = { method: '', who: '', summary: '', nextChaseDate: '' };

/**
 * "Log a chase" on a referral alert: the chase form, for this DSL only (the
 * invoke answer is shown to the person who pressed). The same policy as the
 * API: a referral the actor may not add to is not found, and the refusal is audited.
 */
export async function openChaseForm(env: BotEnv, activity: Partial<Activity>, data: Record<string, unknown>): Promise<AdaptiveCard> {
  const ctx = await contextForTurn(env, activity, text(data.schoolId) || undefined);
  const found = await loadReferral(env.deps, ctx, text(data.referralId), 'addContact', 'referral.addContact');
  return chaseFormCard({ schoolId: ctx.school.id, referralId: found.value.id, ref: found.value.ref, contactKey: randomUUID(), values: EMPTY });
}

/**
 * The chase form's submit: the same addReferralContact use case as the API
 * (outgoing, now), keyed by the form so a double click logs one contact.
 * Bad input comes back as the form with everything typed kept.
 */
export async function logChase(env: BotEnv, activity: Partial<Activity>, data: Record<string, unknown>): Promise<AdaptiveCard> {
  const r: ReferralRef = { schoolId: text(data.schoolId), referralId: text(data.referralId), ref: text(data.ref) };
  const contactKey = text(data.contactKey) || randomUUID();
  const values = readChaseValues(data);
  const ctx = await contextForTurn(env, activity, r.schoolId || undefined);
  const body = {
    at: env.deps.clock().toISOString(),
    direction: 'outgoing',
    method: values.method,
    who: values.who,
    summary: values.summary,
    ...(values.nextChaseDate.trim() ? { nextChaseDate: values.nextChaseDate.trim() } : {}),
  };
  try {
    const saved = await addReferralContact(env.deps, ctx, r.referralId, body, { contactKey });
    return chaseLoggedCard(saved.referral.ref, values.method, body.nextChaseDate, env.links.referral(r.referralId));
  } catch (e) {
    // A refusal (not found, not a DSL) is answered by the one error table; the form is for what can be fixed here.
    if (!(e instanceof LanternError) || ['not_found', 'forbidden', 'unauthenticated'].includes(e.code)) throw e;
    const { code, message } = cardMessage(e);
    const problems = code === 'validation_failed' ? chaseProblems(e.problems, values) : {};
    const notice = `Your chase was NOT saved. ${code === 'validation_failed' ? 'Please fix the answers marked below.' : message}`;
    return chaseFormCard({ ...r, schoolId: ctx.school.id, contactKey, values, problems, notice });
  }
}

export function readChaseValues(data: Record<string, unknown>): ChaseValues {
  return {
    method: text(data[CHASE_INPUT.method]).trim(),
    who: text(data[CHASE_INPUT.who]),
    summary: text(data[CHASE_INPUT.summary]),
    nextChaseDate: text(data[CHASE_INPUT.nextChaseDate]),
  };
}

const REQUIRED = 'Required — please fill this in.';

/** Each problem the use case found, next to the card input it is about. */
function chaseProblems(problems: readonly FieldProblem[], values: ChaseValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    const field = p.path.split('.')[0] as keyof ChaseValues;
    const input = CHASE_INPUT[field];
    if (!input) continue;
    out[input] ??= values[field].trim() === '' ? REQUIRED : sentence(p.message);
  }
  return out;
}

const sentence = (m: string) => {
  const s = m.charAt(0).toUpperCase() + m.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
};
