import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBMIT_VERB } from '../../src/bot/cards/concern-form-card.js';
import { person, personalChatOf } from './support/bot-driver.js';
import { byId, heading, pressData, texts } from './support/cards.js';
import { cardProblems } from './support/card-validity.js';
import { startBotHarness, type BotHarness } from './support/harness.js';
import { logConcern } from './flows.js';

const [teacher, dsl] = ['teacher', 'dsl'].map(person) as [ReturnType<typeof person>, ReturnType<typeof person>];
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('the bot, built for a school day', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
    await h.installInStaffTeam();
  });
  afterAll(() => h.close());
  const last = (p: ReturnType<typeof person>) => h.connector.cardsTo(personalChatOf(p)).at(-1);

  it('shows one child slot with "add another child"; the other slots are hidden until asked for', async () => {
    await h.bot.say(teacher, 'log concern');
    const form = last(teacher);
    expect(cardProblems(form)).toEqual([]);
    expect(byId(form, 'child1')).toBeDefined();
    expect(byId(form, 'moreChildren')).toMatchObject({ isVisible: false });
    expect(byId(form, 'moreChildren').items.map((i: { id?: string }) => i.id)).toContain('child2');
    expect(JSON.stringify(form)).toContain('Add another child');
    expect(JSON.stringify(form)).not.toContain('More children');
  });

  it("dates the form today on the school's clock and leaves the time for the person to enter", async () => {
    await h.bot.say(teacher, 'log concern');
    const form = last(teacher);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    expect(byId(form, 'occurredDate').value).toBe(today);
    expect(byId(form, 'occurredTime').value).toBeUndefined();
    expect(byId(form, 'occurredTime').isRequired).toBe(true);
    // Submitted without a time: nothing saved, the problem next to the date and time.
    const { card } = await h.bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, {
      child1: 'child-003', role1: 'subject', categories: 'welfare', account: 'x', parentsInformed: 'yes',
    }));
    expect(byId(card, 'notice').text).toMatch(/NOT saved/);
    expect(byId(card, 'occurredDateProblem').text).toBe('Required — please fill this in.');
  });

  it('says "I didn\'t understand" plus help for an unknown command, and plain help when asked', async () => {
    await h.bot.say(teacher, 'show me the register');
    const unknown = last(teacher);
    expect(heading(unknown)).toBe('Lantern');
    expect(texts(unknown)[1]).toMatch(/^I didn't understand that\./);
    expect(JSON.stringify(unknown)).toContain('log concern');
    await h.bot.say(teacher, 'help');
    expect(JSON.stringify(last(teacher))).not.toContain("didn't understand");
  });

  it("gives a DSL their triage work under 'my concerns': the queue in order, then what was triaged, in words", async () => {
    const { ref: waitingRef } = await logConcern(h, teacher, 'Waiting one.');
    const { ref: triagedRef, concernId } = await logConcern(h, teacher, 'Triaged one.');
    const current = await h.app.call('dsl', 'GET', `/api/concerns/${concernId}`);
    await h.app.call('dsl', 'PATCH', `/api/concerns/${concernId}`, { body: { op: 'triage', decision: 'monitor', reasons: 'Watch.' }, headers: { 'if-match': current.headers.get('etag')! } });
    await h.bot.say(dsl, 'my concerns');
    const card = last(dsl);
    expect(cardProblems(card)).toEqual([]);
    expect(heading(card)).toBe('Your triage work');
    const words = texts(card).join('\n');
    expect(words).toMatch(new RegExp(`${waitingRef} — (waiting|logged)`));
    expect(words).toContain(`${triagedRef} — triaged by you: Monitor`);
    expect(words).not.toContain('shared with you');
    expect(words).not.toMatch(/Chloe|Price|Waiting one|Triaged one/);
    expect(words).not.toMatch(ISO);
    expect(words).not.toMatch(GUID);
  });
});
