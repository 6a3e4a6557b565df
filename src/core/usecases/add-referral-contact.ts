import { LanternError } from '../errors.js';
import { parseInput } from '../validation/parse.js';
import { referralContactSchema } from '../validation/referral-input.js';
import { validIdempotencyKey } from './concern-ids.js';
import { checkNotFuture } from './check-references.js';
import type { Deps, RequestContext } from './context.js';
import { loadReferral } from './referral-access.js';
import { referralView } from './referral-view.js';
import { saveReferralChange } from './save-referral-change.js';
import { withChase } from '../chase/chase-date.js';

const ATTEMPTS = 3;

/**
 * Adds one entry to a referral's contact log. Appending commutes with other
 * changes, so a concurrent change is retried on the fresh version rather than
 * refused — no If-Match needed, and nothing is overwritten. With a
 * `contactKey` (e.g. a card's key) the entry's id is derived from it, and a
 * repeat with the same key adds nothing: a double click logs one contact.
 */
export async function addReferralContact(deps: Deps, ctx: RequestContext, id: string, body: unknown, opts: { contactKey?: string } = {}) {
  const input = parseInput(referralContactSchema, body, 'contact');
  checkNotFuture(input.at, deps.clock(), 'at');
  const contactId = opts.contactKey === undefined ? `k-${deps.newId()}` : `k-${validIdempotencyKey(opts.contactKey)}`;
  const { who, whoName, whoRole, ...rest } = input;
  const contact = { ...rest, who: who ?? [whoName, whoRole].filter(Boolean).join(', '), ...(whoName ? { whoName } : {}), ...(whoRole ? { whoRole } : {}), id: contactId, recordedBy: { oid: ctx.actor.oid, name: ctx.actor.name } };
  for (let attempt = 1; ; attempt++) {
    const current = await loadReferral(deps, ctx, id, 'addContact', 'referral.addContact');
    if (current.value.contacts.some((c) => c.id === contactId)) return { referral: referralView(current.value, deps.clock()), etag: current.etag };
    try {
      const changed = withChase({ ...current.value, contacts: [...current.value.contacts, contact] }, contact);
      const saved = await saveReferralChange(deps, ctx, current, changed, 'referral.addContact');
      return { referral: referralView(saved.value, deps.clock()), etag: saved.etag };
    } catch (e) {
      if (!(e instanceof LanternError && e.code === 'version_conflict') || attempt >= ATTEMPTS) throw e;
    }
  }
}
