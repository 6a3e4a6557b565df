import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageInWords, triageCard } from '../../src/bot/cards/proactive-cards.js';
import { person, personalChatOf } from './support/bot-driver.js';
import { byId, heading, pressData, texts } from './support/cards.js';
import { cardProblems } from './support/card-validity.js';
import { startBotHarness, type BotHarness } from './support/harness.js';
import { logConcern } from './flows.js';

const [teacher, dsl] = ['teacher', 'dsl'].map(person) as [ReturnType<typeof person>, ReturnType<typeof person>];
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe("the DSL's triage card", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
    await h.installInStaffTeam();
  });
  afterAll(() => h.close());

  it('shows categories, urgency and age in words, names no child, and shows no id or timestamp', async () => {
    await logConcern(h, teacher, 'Chloe said her uncle hit her.');
    const card = h.connector.cardsTo(personalChatOf(dsl)).at(-1);
    expect(cardProblems(card)).toEqual([]);
    const words = texts(card).join(' | ');
    expect(words).toContain('Categories: Welfare.');
    expect(words).toContain('Not marked as immediate risk.');
    expect(words).toMatch(/Logged just now \(\w{3}, \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\)\./);
    expect(words).not.toMatch(/Chloe|Price|uncle|welfare\b/);
    expect(words).not.toMatch(ISO);
    expect(words).not.toMatch(GUID);
  });

  it('"Hide details" puts the same words back', async () => {
    await logConcern(h, teacher, 'Second one.');
    const card = h.connector.cardsTo(personalChatOf(dsl)).at(-1);
    const shown = (await h.bot.press(dsl, 'showConcern', pressData(card, 'showConcern'))).card;
    expect(byId(shown, 'triagePriority')).toBeDefined();
    const hidden = (await h.bot.press(dsl, 'hideConcern', pressData(shown, 'hideConcern'))).card;
    expect(heading(hidden)).toBe('New concern awaiting triage');
    expect(texts(hidden).join(' ')).toContain('Categories: Welfare.');
  });

  it('takes a priority with the triage decision from chat', async () => {
    const { concernId } = await logConcern(h, teacher, 'Third one.');
    const card = h.connector.cardsTo(personalChatOf(dsl)).at(-1);
    const shown = (await h.bot.press(dsl, 'showConcern', pressData(card, 'showConcern'))).card;
    const done = await h.bot.press(dsl, 'triageConcern', pressData(shown, 'triageConcern', { triageDecision: 'monitor', triageReasons: 'Watch.', triagePriority: 'red', triagePriorityReason: 'Disclosure of harm.' }));
    expect(heading(done.card)).toMatch(/triaged$/);
    expect((await h.app.call('dsl', 'GET', `/api/concerns/${concernId}`)).json.priority).toMatchObject({ level: 'red', reason: 'Disclosure of harm.' });
  });
});

describe('age in words and an urgent triage card', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it.each([
    ['2026-11-27T11:59:30Z', 'just now'], ['2026-11-27T11:48:00Z', '12 minutes ago'], ['2026-11-27T11:00:00Z', 'an hour ago'],
    ['2026-11-27T07:00:00Z', '5 hours ago'], ['2026-11-26T10:00:00Z', 'a day ago'], ['2026-11-20T10:00:00Z', '7 days ago'],
  ])('%s is %s', (at, words) => expect(ageInWords(at, now)).toBe(words));

  it('says a child may be at immediate risk, and is a valid card', () => {
    const card = triageCard({ schoolId: 's', concernId: 'c', ref: 'C-7K3QF9' }, '2026-11-27T09:00:00Z', 'Europe/London', 'https://x', { categoryNames: ['Child-on-child abuse', 'Online safety'], urgent: true, now });
    expect(cardProblems(card)).toEqual([]);
    expect(heading(card)).toBe('Urgent concern awaiting triage');
    expect(texts(card).join(' ')).toMatch(/A child may be at immediate risk.*Categories: Child-on-child abuse, Online safety\..*Logged 3 hours ago/);
  });
});
