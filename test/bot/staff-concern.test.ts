import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localPeopleDirectory } from '../../src/local/local-people.js';
import { person, personalChatOf } from './support/bot-driver.js';
import { byId, heading, pressData } from './support/cards.js';
import { cardProblems } from './support/card-validity.js';
import { startBotHarness, type BotHarness } from './support/harness.js';

const teacher = person('teacher');
const teacher2 = person('teacher2');

describe('log staff concern, in Teams', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness(undefined, { people: localPeopleDirectory() });
    await h.installInStaffTeam();
  });
  afterAll(() => h.close());

  const openForm = async () => {
    await h.bot.say(teacher, 'log staff concern');
    return h.connector.cardsTo(personalChatOf(teacher)).at(-1);
  };
  const stored = () => h.app.app.deps.store.adultConcerns.list('demo-primary', {});

  it('offers a valid form naming colleagues, and sending it records the concern for the case managers; the chat keeps the reference only', async () => {
    const form = await openForm();
    expect(heading(form)).toBe('Concern about an adult');
    expect(cardProblems(form)).toEqual([]);
    const who = byId(form, 'who');
    expect(who.choices.map((c: { value: string }) => c.value)).toContain(`staff:${teacher2.oid}`);
    expect(who.choices.map((c: { value: string }) => c.value)).not.toContain(`staff:${teacher.oid}`);

    const data = pressData(form, 'submitStaffConcern', { who: `staff:${teacher2.oid}`, account: 'Takes photos of pupils on his own phone.' });
    const { card } = await h.bot.press(teacher, 'submitStaffConcern', data);
    expect(heading(card)).toBe('Sent to the headteacher');
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toMatch(/A-[2-9A-Z]{6}/);
    expect(JSON.stringify(card)).not.toMatch(/Chris|Evans|photos/);
    // The same card pressed again is the same concern (its key is the Idempotency-Key).
    await h.bot.press(teacher, 'submitStaffConcern', data);
    const records = await stored();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: 'low-level', subject: { kind: 'staff', name: 'Chris Evans' }, createdBy: { name: 'Jo Bennett' } });
    // Nothing about it reaches the colleague.
    expect(JSON.stringify(h.connector.cardsTo(personalChatOf(teacher2)))).not.toMatch(/photos|A-[2-9A-Z]{6}/);
  });

  it('a form that fails comes back with what was typed and says it was NOT sent', async () => {
    const form = await openForm();
    const { card } = await h.bot.press(teacher, 'submitStaffConcern', pressData(form, 'submitStaffConcern', { who: 'contractor', name: 'Sam Builder', account: 'Swore at a pupil.' }));
    expect(heading(card)).toBe('Concern about an adult');
    expect(JSON.stringify(card)).toMatch(/NOT sent.*organisation/);
    expect(byId(card, 'name').value).toBe('Sam Builder');
    expect(byId(card, 'account').value).toBe('Swore at a pupil.');
    expect(cardProblems(card)).toEqual([]);
    expect(await stored()).toHaveLength(1);
  });

  it('a self-report is sent the same way', async () => {
    const form = await openForm();
    const { card } = await h.bot.press(teacher, 'submitStaffConcern', pressData(form, 'submitStaffConcern', { who: 'self', account: 'I gave a pupil a lift home alone.' }));
    expect(heading(card)).toBe('Sent to the headteacher');
    expect((await stored()).some((r) => r.selfReport && r.subject.kind === 'staff' && r.subject.name === 'Jo Bennett')).toBe(true);
  });
});
