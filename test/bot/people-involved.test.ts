import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBMIT_VERB } from '../../src/bot/cards/concern-form-card.js';
import { person, personalChatOf } from './support/bot-driver.js';
import { byId, heading, pressData } from './support/cards.js';
import { cardProblems } from './support/card-validity.js';
import { startBotHarness, type BotHarness } from './support/harness.js';

const teacher = person('teacher');
const hourAgo = () => {
  const d = new Date(Date.now() - 3_600_000);
  return { occurredDate: d.toISOString().slice(0, 10), occurredTime: d.toISOString().slice(11, 16) };
};
const BASE = (): Record<string, string> => ({
  child1: 'child-005', role1: 'subject', categories: 'welfare', account: 'Dad arrived shouting at the gate.', ...hourAgo(),
  location: 'Gate', actionTaken: '', parentsInformed: 'yes', parentsReason: '',
});

describe('people involved on the bot card', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(() => h.close());

  async function openForm() {
    await h.bot.say(teacher, 'log concern');
    return h.connector.cardsTo(personalChatOf(teacher)).at(-1);
  }

  it('shows one adult slot (name, relationship, part) with "add another adult" revealing more; the card is valid', async () => {
    const form = await openForm();
    expect(cardProblems(form)).toEqual([]);
    expect(byId(form, 'personName1')).toMatchObject({ type: 'Input.Text', label: expect.stringMatching(/parent, carer or other adult/) });
    expect(byId(form, 'personRelationship1').label).toMatch(/relationship to the child/);
    expect(byId(form, 'personPart1').label).toMatch(/part in the incident/);
    expect(byId(form, 'morePeople')).toMatchObject({ type: 'Container', isVisible: false });
    expect(JSON.stringify(form)).toContain('Add another adult');
  });

  it('records the adults typed, leaving empty slots out', async () => {
    const form = await openForm();
    const typed = { ...BASE(), personName1: 'Gary Lomas', personRelationship1: 'Father', personPart1: 'Shouted at staff', personName3: 'Jo Lomas', personRelationship3: 'Aunt' };
    const { card } = await h.bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, typed));
    expect(heading(card)).toMatch(/recorded$/);
    const stored = await h.app.call('dsl', 'GET', `/api/concerns/${card.actions[0].data.concernId}`);
    expect(stored.json.otherPeople).toEqual([
      { name: 'Gary Lomas', relationship: 'Father', part: 'Shouted at staff' },
      { name: 'Jo Lomas', relationship: 'Aunt' },
    ]);
  });

  it('puts a missing relationship back next to the slot it belongs to, keeping what was typed; nothing is saved', async () => {
    const form = await openForm();
    const typed = { ...BASE(), personName1: 'Gary Lomas', personRelationship1: 'Father', personName2: 'Jo\u202E Lomas', personRelationship2: '' };
    const { card } = await h.bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, typed));
    expect(cardProblems(card)).toEqual([]);
    expect(byId(card, 'notice').text).toMatch(/NOT saved/);
    expect(byId(card, 'personRelationship2Problem').text).toBe('Required — please fill this in.');
    expect(byId(card, 'personName2').value).toBe('Jo\u202E Lomas');
    expect(byId(card, 'morePeople').isVisible).toBe(true);
  });
});

describe('people involved on the details a DSL opens', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
    await h.installInStaffTeam();
  });
  afterAll(() => h.close());

  it('lists them as typed text under their own heading', async () => {
    await h.bot.say(teacher, 'log concern');
    const form = h.connector.cardsTo(personalChatOf(teacher)).at(-1);
    const typed = { ...BASE(), personName1: '**Gary** Lomas', personRelationship1: 'Father', personPart1: 'Shouted at staff' };
    await h.bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, typed));
    await h.idle();
    const dsl = person('dsl');
    const triage = h.connector.cardsTo(personalChatOf(dsl)).at(-1);
    const { card } = await h.bot.press(dsl, 'showConcern', pressData(triage, 'showConcern'));
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Parents, carers or other adults involved');
    expect(JSON.stringify(card)).toContain('**Gary** Lomas (Father): Shouted at staff');
  });
});
