import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/bot/commands.js';
import { CARD_MESSAGES, cardMessage } from '../../src/bot/error-messages.js';
import { problemsByInput } from '../../src/bot/form/form-problems.js';
import { emptyFormValues, readFormValues, toConcernInput } from '../../src/bot/form/form-values.js';
import { instantOf, schoolDateTime } from '../../src/bot/form/school-time.js';
import { ERROR_CODES, LanternError } from '../../src/core/errors.js';

describe('the school clock', () => {
  it.each([
    ['2026-11-27', '10:15', '2026-11-27T10:15:00.000Z'], // GMT
    ['2026-07-01', '10:15', '2026-07-01T09:15:00.000Z'], // BST
    ['2026-10-25', '00:30', '2026-10-24T23:30:00.000Z'], // the night the clocks go back
  ])('%s %s in London is %s', (date, time, iso) => {
    expect(instantOf(date, time, 'Europe/London')).toBe(iso);
    expect(schoolDateTime(new Date(iso), 'Europe/London')).toEqual({ date, time });
  });

  it.each([['2026-02-30', '10:00'], ['2026-01-01', '24:00'], ['', '10:00'], ['2026-01-01', ''], ['27/11/2026', '10:15']])('refuses %s %s', (d, t) => {
    expect(instantOf(d, t, 'Europe/London')).toBeUndefined();
  });
});

describe('card values to the createConcern body', () => {
  const data = {
    child1: 'child-001', role1: 'victim', child2: '', role2: 'subject', child3: 'child-002', role3: 'witness',
    categories: 'welfare, bullying', account: 'a', occurredDate: '2026-11-27', occurredTime: '10:15',
    parentsInformed: 'no', parentsReason: '  ', alert: '00000000-0000-4000-8000-000000000001,00000000-0000-4000-8000-000000000009',
  };

  it('takes the filled child slots with their own roles, splits multi-selects and names alerted colleagues', () => {
    const values = readFormValues(data);
    const { body, slots } = toConcernInput(values, '2026-11-27T10:15:00.000Z', [{ oid: '00000000-0000-4000-8000-000000000001', name: 'Alex' }]);
    expect(body.children).toEqual([{ childId: 'child-001', role: 'victim' }, { childId: 'child-002', role: 'witness' }]);
    expect(slots).toEqual([0, 2]);
    expect(body.categories).toEqual(['welfare', 'bullying']);
    expect(body.parentsInformed).toEqual({ informed: false });
    expect(body.alertedStaff).toEqual([{ oid: '00000000-0000-4000-8000-000000000001', name: 'Alex' }, { oid: '00000000-0000-4000-8000-000000000009', name: '' }]);
  });

  it('puts each problem next to its input, in the slot the child came from', () => {
    const values = readFormValues(data);
    const problems = problemsByInput(
      [
        { path: 'children.1.childId', message: 'no child with this id at your school' },
        { path: 'children.0.role', message: 'must be one of: subject, victim' },
        { path: 'parentsInformed.reason', message: 'say why parents/carers were not informed' },
        { path: 'occurredAt', message: 'is in the future; give the date and time the event happened' },
        { path: 'alertedStaff.1.name', message: 'is required' },
      ],
      values,
      [0, 2],
    );
    expect(problems).toEqual({
      child3: 'No child with this id at your school.',
      role1: 'Must be one of: subject, victim.',
      parentsReason: 'Required — please fill this in.',
      occurredDate: 'Is in the future; give the date and time the event happened.',
      alert: 'Is required.',
    });
  });

  it('starts with every child slot empty and "subject" preselected', () => {
    const v = emptyFormValues('2026-11-27', '10:15');
    expect(v.children.every((c) => c.childId === '' && c.role === 'subject')).toBe(true);
  });
});

describe('commands and error messages', () => {
  it.each([
    ['log concern', 'logConcern'], ['Log a concern.', 'logConcern'], ['<at>Lantern</at> new concern', 'logConcern'],
    ['notify digest', 'notifyDigest'], ['hello', 'help'], ['', 'help'],
  ])('"%s" means %s', (text, command) => expect(parseCommand(text)).toBe(command));

  it('has a card message for every error code, and never shows an unexpected error’s text', () => {
    expect(Object.keys(CARD_MESSAGES).sort()).toEqual([...ERROR_CODES].sort());
    expect(cardMessage(new Error('stack trace here'))).toEqual({ code: 'internal', message: CARD_MESSAGES.internal });
    expect(cardMessage(new LanternError('version_conflict', 'Sam changed it.')).message).toBe('Sam changed it.');
  });
});
