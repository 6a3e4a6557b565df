import type { FieldProblem } from '../../core/errors.js';
import { INPUT, type FormValues, type SlotMap } from './form-values.js';

/** Problems keyed by the card input they belong to, in words for the person filling the card. */
export type InputProblems = Record<string, string>;

const REQUIRED = 'Required — please fill this in.';

/** Puts each problem the use case found next to the card input it is about. */
export function problemsByInput(problems: readonly FieldProblem[], values: FormValues, slots: SlotMap, peopleSlots: SlotMap = []): InputProblems {
  const out: InputProblems = {};
  for (const p of problems) {
    const target = inputFor(p.path, slots, peopleSlots);
    out[target] ??= isEmpty(values, target) ? REQUIRED : wordsFor(target, p.message);
  }
  return out;
}

function inputFor(path: string, slots: SlotMap, peopleSlots: SlotMap): string {
  const [head, index, field] = path.split('.');
  if (head === 'children') {
    const slot = index === undefined ? 0 : (slots[Number(index)] ?? 0);
    return field === 'role' ? INPUT.role(slot) : INPUT.child(slot);
  }
  if (head === 'otherPeople') {
    const slot = index === undefined ? 0 : (peopleSlots[Number(index)] ?? 0);
    return field === 'relationship' ? INPUT.personRelationship(slot) : field === 'part' ? INPUT.personPart(slot) : INPUT.personName(slot);
  }
  if (head === 'parentsInformed') return index === 'reason' ? INPUT.parentsReason : INPUT.parentsInformed;
  if (head === 'occurredAt') return INPUT.date;
  if (head === 'alertedStaff') return INPUT.alert;
  const direct: Record<string, string> = {
    categories: INPUT.categories,
    account: INPUT.account,
    location: INPUT.location,
    actionTaken: INPUT.actionTaken,
  };
  return direct[head ?? ''] ?? INPUT.account;
}

function isEmpty(v: FormValues, input: string): boolean {
  const empty: Record<string, boolean> = {
    [INPUT.child(0)]: v.children.every((c) => !c.childId),
    [INPUT.categories]: v.categories.length === 0,
    [INPUT.account]: !v.account.trim(),
    [INPUT.date]: !v.date.trim() || !v.time.trim(),
    [INPUT.parentsInformed]: v.parentsInformed === '',
    [INPUT.parentsReason]: !v.parentsReason.trim(),
  };
  const person = /^person(Name|Relationship)(\d+)$/.exec(input);
  if (person) {
    const p = v.people[Number(person[2]) - 1];
    return !(person[1] === 'Name' ? p?.name : p?.relationship)?.trim();
  }
  return empty[input] ?? false;
}

// The card has a date and a time where the API has one ISO string, whose format message would puzzle a card user.
const wordsFor = (input: string, message: string) =>
  input === INPUT.date && !/future/.test(message) ? 'Give a real date, and the time as hh:mm.' : sentence(message);

const sentence = (m: string) => {
  const s = m.charAt(0).toUpperCase() + m.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
};
