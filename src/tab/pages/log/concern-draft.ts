import { toInstant } from '../../format/dates.js';
import type { PickedChild } from './ChildPicker.js';
import type { PersonDraft } from './PeopleInvolved.js';
import type { PersonRef } from '../../api/types.js';

export interface ConcernDraft {
  children: PickedChild[];
  /** Colleagues to alert, picked from the directory (only their ids are sent). */
  alerted: PersonRef[];
  /** Parents/carers and other adults involved. */
  people: PersonDraft[];
  categories: string[];
  date: string;
  time: string;
  location: string;
  account: string;
  actionTaken: string;
  parentsInformed: '' | 'yes' | 'no';
  parentsReason: string;
  /** "A child may be at immediate risk". */
  urgent: boolean;
}

/** What is missing, by field, before the draft can be sent. */
export function draftProblems(d: ConcernDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  if (d.children.length === 0) problems.children = 'Add at least one child.';
  d.people.forEach((p, i) => {
    if (!p.name.trim()) problems[`otherPeople.${i}.name`] = `Give the name of adult ${i + 1}, or remove them.`;
    if (!p.relationship.trim()) problems[`otherPeople.${i}.relationship`] = `Say how adult ${i + 1} is related to the child.`;
  });
  if (d.categories.length === 0) problems.categories = 'Choose at least one category.';
  if (!toInstant(d.date, d.time)) problems.occurredAt = 'Give the date and time it happened.';
  if (!d.account.trim()) problems.account = 'Say what happened, in the words used where you can.';
  if (!d.parentsInformed) problems.parentsInformed = 'Say whether parents or carers were informed.';
  if (d.parentsInformed === 'no' && !d.parentsReason.trim()) problems.parentsReason = 'Say why parents or carers were not informed.';
  return problems;
}

/** The createConcern body (the same API the bot's card uses). */
export function draftBody(d: ConcernDraft) {
  return {
    children: d.children,
    otherPeople: d.people.map((p) => ({ name: p.name.trim(), relationship: p.relationship.trim(), ...(p.part.trim() ? { part: p.part.trim() } : {}) })),
    categories: d.categories,
    occurredAt: toInstant(d.date, d.time),
    location: d.location.trim(),
    account: d.account.trim(),
    actionTaken: d.actionTaken.trim(),
    alertedStaff: d.alerted.map((p) => ({ oid: p.oid })),
    parentsInformed: d.parentsInformed === 'yes' ? { informed: true } : { informed: false, reason: d.parentsReason.trim() },
    ...(d.urgent ? { urgent: true } : {}),
  };
}

export const newKey = () =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `tab-${Date.now()}-${Math.random().toString(36).slice(2)}`;
