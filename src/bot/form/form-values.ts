import type { PersonRef } from '../../core/model/ids.js';

/** How many children one card can name: one shown, the rest revealed by "Add another child". */
export const CHILD_SLOTS = 6;
export const VISIBLE_CHILD_SLOTS = 1;

/** How many parents/carers or other adults one card can name: one shown, the rest revealed on demand. */
export const PEOPLE_SLOTS = 3;
export const VISIBLE_PEOPLE_SLOTS = 1;

export interface PersonSlot {
  name: string;
  relationship: string;
  part: string;
}

/** The form's inputs as the card holds them (Teams sends multi-selects as comma-separated strings). */
export interface FormValues {
  children: { childId: string; role: string }[]; // one per slot
  /** Parents/carers and other adults involved, one per slot. */
  people: PersonSlot[];
  categories: string[];
  account: string;
  date: string;
  time: string;
  location: string;
  actionTaken: string;
  parentsInformed: '' | 'yes' | 'no';
  parentsReason: string;
  alert: string[];
  /** "A child may be at immediate risk". */
  urgent: boolean;
}

/** Input ids on the card. */
export const INPUT = {
  child: (slot: number) => `child${slot + 1}`,
  role: (slot: number) => `role${slot + 1}`,
  personName: (slot: number) => `personName${slot + 1}`,
  personRelationship: (slot: number) => `personRelationship${slot + 1}`,
  personPart: (slot: number) => `personPart${slot + 1}`,
  categories: 'categories',
  account: 'account',
  date: 'occurredDate',
  time: 'occurredTime',
  location: 'location',
  actionTaken: 'actionTaken',
  parentsInformed: 'parentsInformed',
  parentsReason: 'parentsReason',
  alert: 'alert',
  urgent: 'urgent',
} as const;

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown) => str(v).split(',').map((s) => s.trim()).filter(Boolean);

export function emptyFormValues(date: string, time: string): FormValues {
  return {
    children: Array.from({ length: CHILD_SLOTS }, () => ({ childId: '', role: 'subject' })),
    people: Array.from({ length: PEOPLE_SLOTS }, () => ({ name: '', relationship: '', part: '' })),
    categories: [],
    account: '',
    date,
    time,
    location: '',
    actionTaken: '',
    parentsInformed: '',
    parentsReason: '',
    alert: [],
    urgent: false,
  };
}

/** The values a submitted card carried (Action.Execute merges the inputs into its data). */
export function readFormValues(data: Record<string, unknown>): FormValues {
  const informed = str(data[INPUT.parentsInformed]);
  return {
    children: Array.from({ length: CHILD_SLOTS }, (_, i) => ({ childId: str(data[INPUT.child(i)]).trim(), role: str(data[INPUT.role(i)]).trim() })),
    people: Array.from({ length: PEOPLE_SLOTS }, (_, i) => ({
      name: str(data[INPUT.personName(i)]),
      relationship: str(data[INPUT.personRelationship(i)]),
      part: str(data[INPUT.personPart(i)]),
    })),
    categories: list(data[INPUT.categories]),
    account: str(data[INPUT.account]),
    date: str(data[INPUT.date]),
    time: str(data[INPUT.time]),
    location: str(data[INPUT.location]),
    actionTaken: str(data[INPUT.actionTaken]),
    parentsInformed: informed === 'yes' || informed === 'no' ? informed : '',
    parentsReason: str(data[INPUT.parentsReason]),
    alert: list(data[INPUT.alert]),
    urgent: str(data[INPUT.urgent]) === 'true',
  };
}

/** Which slot each child of the concern came from, to put a problem back next to the right input. */
export type SlotMap = number[];

const filled = (p: PersonSlot) => Boolean(p.name.trim() || p.relationship.trim() || p.part.trim());

/**
 * The createConcern body the card describes — a translation only: every rule
 * (required fields, lengths, known children, dates not in the future) is the
 * use case's, exactly as for the API.
 */
export function toConcernInput(v: FormValues, occurredAt: string | undefined, colleagues: readonly PersonRef[]) {
  const slots: SlotMap = [];
  const peopleSlots: SlotMap = [];
  const children = v.children.flatMap((c, slot) => (c.childId ? (slots.push(slot), [{ childId: c.childId, role: c.role }]) : []));
  const otherPeople = v.people.flatMap((p, slot) =>
    filled(p) ? (peopleSlots.push(slot), [{ name: p.name, relationship: p.relationship, ...(p.part.trim() ? { part: p.part } : {}) }]) : [],
  );
  const names = new Map(colleagues.map((p) => [p.oid.toLowerCase(), p.name]));
  const body = {
    children,
    otherPeople,
    categories: v.categories,
    account: v.account,
    occurredAt,
    location: v.location,
    actionTaken: v.actionTaken,
    parentsInformed: v.parentsInformed === '' ? undefined : { informed: v.parentsInformed === 'yes', ...(v.parentsReason.trim() ? { reason: v.parentsReason } : {}) },
    alertedStaff: v.alert.map((oid) => ({ oid, name: names.get(oid.toLowerCase()) ?? '' })),
    ...(v.urgent ? { urgent: true } : {}),
  };
  return { body, slots, peopleSlots };
}
