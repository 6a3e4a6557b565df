import { CHILD_ROLES } from '../../core/model/concern.js';
import type { PersonRef } from '../../core/model/ids.js';
import type { InputProblems } from '../form/form-problems.js';
import { CHILD_SLOTS, INPUT, PEOPLE_SLOTS, VISIBLE_CHILD_SLOTS, VISIBLE_PEOPLE_SLOTS, type FormValues } from '../form/form-values.js';
import {
  card, execute, heading, paragraph, warning,
  type AdaptiveCard, type ChoiceSet, type Container, type Element,
} from './adaptive.js';

export interface ChildOption {
  id: string;
  name: string;
  yearGroup: string;
}

export interface ConcernFormModel {
  /** One idempotency key per card instance: a resubmitted or double-clicked card never makes two records. */
  formKey: string;
  schoolId: string;
  /** The roster, or 'search' when it is too large to list and Teams' typeahead (Data.Query) finds children. */
  children: ChildOption[] | 'search';
  categories: { id: string; name: string }[];
  colleagues: PersonRef[];
  values: FormValues;
  problems?: InputProblems;
  /** Shown at the top, e.g. why the concern was not saved. */
  notice?: string;
}

export const SUBMIT_VERB = 'submitConcern';
export const CHILDREN_DATASET = 'lantern.children';
const MORE_CHILDREN = 'moreChildren';
const MORE_PEOPLE = 'morePeople';

const ROLE_TITLES: Record<(typeof CHILD_ROLES)[number], string> = {
  subject: 'Subject of the concern',
  victim: 'Victim',
  'alleged-perpetrator': 'Alleged perpetrator',
  witness: 'Witness',
};

export const yearLabel = (y: string) => (y === 'R' ? 'Reception' : y === 'N' ? 'Nursery' : `Year ${y}`);
const childTitle = (c: ChildOption) => `${c.name} (${yearLabel(c.yearGroup)})`;

/** The "log concern" form: every input labelled, required ones marked, problems next to their field. */
export function concernFormCard(m: ConcernFormModel): AdaptiveCard {
  const withProblem = (input: Element & { id: string }): Element[] => {
    const problem = m.problems?.[input.id];
    return problem ? [input, warning(problem, `${input.id}Problem`)] : [input];
  };
  const body: Element[] = [
    heading('Log a concern'),
    paragraph('Only you, your DSLs and the colleagues you alert will see it. Record facts, not opinions.', { isSubtle: true }),
    ...(m.notice ? [warning(m.notice, 'notice')] : []),
    {
      type: 'Input.Toggle', id: INPUT.urgent, label: 'Immediate risk', title: 'A child may be at immediate risk',
      value: m.values.urgent ? 'true' : 'false', // Teams sends 'true' or 'false' (the defaults of valueOn/valueOff)
    },
    ...childSlots(m, withProblem),
    ...withProblem(categoriesInput(m)),
    paragraph("What happened: what you saw and heard, in the child's own words where you can (in quotes).", { isSubtle: true, spacing: 'medium' }),
    ...withProblem({ type: 'Input.Text', id: INPUT.account, label: 'What happened', isRequired: true, errorMessage: 'Say what happened.', isMultiline: true, maxLength: 20_000, value: m.values.account, placeholder: 'e.g. At 10:15 Amara said "…"' }),
    ...withProblem({ type: 'Input.Date', id: INPUT.date, label: 'Date it happened', isRequired: true, errorMessage: 'Give the date.', value: m.values.date }),
    { type: 'Input.Time', id: INPUT.time, label: 'Time it happened (as near as you know)', isRequired: true, errorMessage: 'Give the time it happened, as near as you know.', value: m.values.time || undefined },
    ...peopleSlots(m, withProblem),
    ...withProblem({ type: 'Input.Text', id: INPUT.location, label: 'Where it happened', maxLength: 500, value: m.values.location }),
    ...withProblem({ type: 'Input.Text', id: INPUT.actionTaken, label: 'Action already taken', isMultiline: true, maxLength: 5_000, value: m.values.actionTaken }),
    ...withProblem(parentsInput(m)),
    ...withProblem({ type: 'Input.Text', id: INPUT.parentsReason, label: 'If not, why not?', maxLength: 5_000, value: m.values.parentsReason }),
    ...alertInput(m, withProblem),
  ];
  return card(body, [
    execute('Submit concern', SUBMIT_VERB, { formKey: m.formKey, schoolId: m.schoolId }, { associatedInputs: 'auto', style: 'positive' }),
  ]);
}

function childSlots(m: ConcernFormModel, withProblem: (i: Element & { id: string }) => Element[]): Element[] {
  const slot = (i: number): Element[] => [
    ...withProblem(childInput(m, i)),
    ...withProblem({
      type: 'Input.ChoiceSet', id: INPUT.role(i), label: `Role of child ${i + 1}`, style: 'compact',
      value: m.values.children[i]?.role || 'subject',
      choices: CHILD_ROLES.map((r) => ({ title: ROLE_TITLES[r], value: r })),
    }),
  ];
  const hiddenFilled = m.values.children.slice(VISIBLE_CHILD_SLOTS).some((c) => c.childId);
  const more: Container = {
    type: 'Container', id: MORE_CHILDREN, isVisible: hiddenFilled,
    items: Array.from({ length: CHILD_SLOTS - VISIBLE_CHILD_SLOTS }, (_, k) => slot(k + VISIBLE_CHILD_SLOTS)).flat(),
  };
  return [
    ...Array.from({ length: VISIBLE_CHILD_SLOTS }, (_, i) => slot(i)).flat(),
    more,
    { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: `Add another child (up to ${CHILD_SLOTS})`, targetElements: [MORE_CHILDREN] }] },
  ];
}

/** Parents/carers and other adults involved: one slot shown, more on demand (a slot left empty names nobody). */
function peopleSlots(m: ConcernFormModel, withProblem: (i: Element & { id: string }) => Element[]): Element[] {
  const slot = (i: number): Element[] => {
    const p = m.values.people[i];
    const n = i + 1;
    return [
      ...withProblem({ type: 'Input.Text', id: INPUT.personName(i), label: i === 0 ? 'Name of a parent, carer or other adult involved (optional)' : `Name of adult ${n}`, maxLength: 200, value: p?.name ?? '', placeholder: 'e.g. Karen Whitfield' }),
      ...withProblem({ type: 'Input.Text', id: INPUT.personRelationship(i), label: i === 0 ? 'Their relationship to the child' : `Relationship of adult ${n} to the child`, maxLength: 200, value: p?.relationship ?? '', placeholder: "e.g. Mother, Mum's partner, neighbour" }),
      ...withProblem({ type: 'Input.Text', id: INPUT.personPart(i), label: i === 0 ? 'Their part in the incident' : `Part adult ${n} played`, maxLength: 500, value: p?.part ?? '', placeholder: 'e.g. Collected the child; shouted at staff' }),
    ];
  };
  const hiddenFilled = m.values.people.slice(VISIBLE_PEOPLE_SLOTS).some((p) => p.name || p.relationship || p.part);
  const more: Container = {
    type: 'Container', id: MORE_PEOPLE, isVisible: hiddenFilled,
    items: Array.from({ length: PEOPLE_SLOTS - VISIBLE_PEOPLE_SLOTS }, (_, k) => slot(k + VISIBLE_PEOPLE_SLOTS)).flat(),
  };
  return [
    paragraph('Parents, carers or other adults involved (not staff): who they are and what part they played.', { isSubtle: true, spacing: 'medium' }),
    ...Array.from({ length: VISIBLE_PEOPLE_SLOTS }, (_, i) => slot(i)).flat(),
    more,
    { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: `Add another adult (up to ${PEOPLE_SLOTS})`, targetElements: [MORE_PEOPLE] }] },
  ];
}

function childInput(m: ConcernFormModel, i: number): ChoiceSet {
  const chosen = m.values.children[i]?.childId ?? '';
  const base: ChoiceSet = {
    type: 'Input.ChoiceSet', id: INPUT.child(i), label: i === 0 ? 'Child' : `Child ${i + 1} (optional)`,
    isRequired: i === 0, errorMessage: i === 0 ? 'Choose the child.' : undefined,
    style: 'filtered', placeholder: 'Type a name', value: chosen || undefined, choices: [],
  };
  if (m.children !== 'search') return { ...base, choices: m.children.map((c) => ({ title: childTitle(c), value: c.id })) };
  // Large rosters: Teams searches as you type; a chosen child is kept so its name still shows.
  return { ...base, choices: chosen ? [{ title: chosen, value: chosen }] : [], 'choices.data': { type: 'Data.Query', dataset: CHILDREN_DATASET } };
}

const categoriesInput = (m: ConcernFormModel): ChoiceSet => ({
  type: 'Input.ChoiceSet', id: INPUT.categories, label: 'Categories', isRequired: true, errorMessage: 'Choose at least one category.',
  isMultiSelect: true, style: 'filtered', value: m.values.categories.join(',') || undefined,
  choices: m.categories.map((c) => ({ title: c.name, value: c.id })),
});

const parentsInput = (m: ConcernFormModel): ChoiceSet => ({
  type: 'Input.ChoiceSet', id: INPUT.parentsInformed, label: 'Have parents or carers been informed?', isRequired: true,
  errorMessage: 'Say whether parents or carers were informed.', style: 'expanded', value: m.values.parentsInformed || undefined,
  choices: [{ title: 'Yes', value: 'yes' }, { title: 'No', value: 'no' }],
});

function alertInput(m: ConcernFormModel, withProblem: (i: Element & { id: string }) => Element[]): Element[] {
  if (m.colleagues.length === 0) {
    return [paragraph('Staff to alert: nobody else uses Lantern in Teams yet — tell your DSL in person if it is urgent.', { isSubtle: true })];
  }
  return withProblem({
    type: 'Input.ChoiceSet', id: INPUT.alert, label: 'Staff to alert (optional)', isMultiSelect: true, style: 'filtered',
    value: m.values.alert.join(',') || undefined,
    choices: m.colleagues.map((p) => ({ title: p.name, value: p.oid })),
  });
}
