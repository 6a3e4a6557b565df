import type { PersonRef } from '../../core/model/ids.js';
import { card, execute, heading, paragraph, warning, type AdaptiveCard, type Element } from './adaptive.js';

export const STAFF_CONCERN_SUBMIT_VERB = 'submitStaffConcern';

export interface StaffConcernValues {
  kind: string;
  who: string;
  name: string;
  organisation: string;
  account: string;
  date: string;
  time: string;
}

export interface StaffConcernFormModel {
  formKey: string;
  schoolId: string;
  colleagues: PersonRef[];
  values: StaffConcernValues;
  notice?: string;
}

/**
 * "log staff concern": a concern about an adult who works with children. It goes to the
 * school's case managers only; the card says so, and that the person will not see it again.
 */
export function staffConcernFormCard(m: StaffConcernFormModel): AdaptiveCard {
  const v = m.values;
  const body: Element[] = [
    heading('Concern about an adult'),
    paragraph('For a concern about a member of staff, supply worker, volunteer or contractor — or about yourself. It goes to the headteacher (the chair of governors if it is about the headteacher), not to a child’s record.'),
    ...(m.notice ? [warning(m.notice)] : []),
    {
      type: 'Input.ChoiceSet', id: 'kind', label: 'What kind of concern', isRequired: true, errorMessage: 'Choose one.', style: 'expanded', value: v.kind,
      choices: [
        { title: 'A low-level concern: conduct that worries me but has not harmed a child', value: 'low-level' },
        { title: 'An allegation: they may have harmed a child, or may pose a risk to children', value: 'allegation' },
      ],
    },
    {
      type: 'Input.ChoiceSet', id: 'who', label: 'Who is it about', isRequired: true, errorMessage: 'Choose who it is about.', value: v.who,
      choices: [
        { title: 'Myself (a self-report)', value: 'self' },
        ...m.colleagues.map((c) => ({ title: c.name, value: `staff:${c.oid}` })),
        { title: 'A supply worker (give their name and agency)', value: 'supply-worker' },
        { title: 'A volunteer (give their name and organisation)', value: 'volunteer' },
        { title: 'A contractor (give their name and company)', value: 'contractor' },
      ],
    },
    { type: 'Input.Text', id: 'name', label: 'Their name (supply worker, volunteer or contractor)', value: v.name, maxLength: 200 },
    { type: 'Input.Text', id: 'organisation', label: 'Their agency, organisation or company', value: v.organisation, maxLength: 200 },
    { type: 'Input.Text', id: 'account', label: 'What happened, or what you saw or heard', isRequired: true, errorMessage: 'Say what happened.', isMultiline: true, value: v.account, maxLength: 5000 },
    { type: 'Input.Date', id: 'date', label: 'When (date)', isRequired: true, errorMessage: 'Give the date.', value: v.date },
    { type: 'Input.Time', id: 'time', label: 'When (time)', isRequired: true, errorMessage: 'Give the time.', value: v.time },
  ];
  return card(body, [execute('Send to the headteacher', STAFF_CONCERN_SUBMIT_VERB, { formKey: m.formKey, schoolId: m.schoolId }, { style: 'positive' })]);
}

/** Left in the chat: the reference only, never who it is about or what was said. */
export function staffConcernSentCard(ref: string): AdaptiveCard {
  return card([
    heading('Sent to the headteacher'),
    paragraph(`Your concern is recorded as ${ref}. The school’s case managers will look at it; you will not see it in Lantern again. If a child is at immediate risk, speak to a DSL now.`),
  ]);
}
