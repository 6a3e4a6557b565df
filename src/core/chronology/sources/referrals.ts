import type { Concern } from '../../model/concern.js';
import type { Referral, ReferralContact } from '../../model/referral.js';
import { details, type ChronologyEntry, type ChronologySource } from '../entry.js';
import { agencyOf, label, METHOD_LABELS } from '../labels.js';

/** A referral being made, each milestone recorded, each contact with the agency, and its closure. */
export const referralSource: ChronologySource = {
  kinds: [
    { id: 'referral', label: 'Referral made' },
    { id: 'referral-milestone', label: 'Referral milestone' },
    { id: 'referral-contact', label: 'Referral contact' },
    { id: 'referral-closed', label: 'Referral closed' },
  ],
  async entries({ records }) {
    const [referrals, concerns] = await Promise.all([records.referrals(), records.concerns()]);
    const categories = new Map(concerns.map((c: Concern) => [c.id, c.categories]));
    return referrals.flatMap((r) => entriesOf(r, categories.get(r.concernId) ?? []));
  },
};

function entriesOf(r: Referral, categories: string[]): ChronologyEntry[] {
  const agency = agencyOf(r);
  const base = { categories, record: { type: 'referral', id: r.id, ref: r.ref } };
  const made: ChronologyEntry = {
    ...base,
    id: `referral:${r.id}`,
    kind: 'referral',
    at: r.madeAt,
    recordedAt: r.createdAt,
    by: r.madeBy,
    title: `Referral made to ${agency}`,
    details: details([['Method', label(METHOD_LABELS, r.method)], ["Agency's reference", r.reference], ['Outcome', r.closedAt ? undefined : r.outcome]]),
  };
  const milestones = r.milestones
    .filter((m) => m.doneAt)
    .map((m): ChronologyEntry => ({ ...base, id: `referral-milestone:${r.id}:${m.key}`, kind: 'referral-milestone', at: m.doneAt!, recordedAt: m.doneAt!, by: m.doneBy, title: `${m.label} (${agency})`, details: [] }));
  const out = [made, ...milestones, ...r.contacts.map((c) => contactEntry(r, c, agency, base))];
  if (r.status === 'closed' && r.closedAt) out.push({ ...base, id: `referral-closed:${r.id}`, kind: 'referral-closed', at: r.closedAt, recordedAt: r.closedAt, by: r.closedBy, title: `Referral to ${agency} closed`, summary: r.outcome, details: [] });
  return out;
}

function contactEntry(r: Referral, c: ReferralContact, agency: string, base: Pick<ChronologyEntry, 'categories' | 'record'>): ChronologyEntry {
  const method = label(METHOD_LABELS, c.method);
  return {
    ...base,
    id: `referral-contact:${r.id}:${c.id}`,
    kind: 'referral-contact',
    at: c.at,
    recordedAt: c.at,
    by: c.recordedBy,
    title: c.direction === 'outgoing' ? `Contact with ${agency}: ${method} to ${c.who}` : `Contact from ${agency}: ${method} from ${c.who}`,
    summary: c.summary,
    details: details([['Next chase', c.nextChaseDate && formatChase(c.nextChaseDate)]]),
  };
}

/** A YYYY-MM-DD chase date as a UK date. */
const formatChase = (date: string) => date.split('-').reverse().join('/');
