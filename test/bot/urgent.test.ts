import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBMIT_VERB } from '../../src/bot/cards/concern-form-card.js';
import { person, personalChatOf } from './support/bot-driver.js';
import { byId, heading, pressData } from './support/cards.js';
import { cardProblems } from './support/card-validity.js';
import { startBotHarness, type BotHarness } from './support/harness.js';
import { logConcern } from './flows.js';
import { concernBody } from '../support/test-app.js';

const [teacher, dsl, deputy, senco] = ['teacher', 'dsl', 'deputy', 'senco'].map(person) as [ReturnType<typeof person>, ReturnType<typeof person>, ReturnType<typeof person>, ReturnType<typeof person>];
const URGENT = 'Urgent: a child may be at immediate risk';

describe('a concern where a child may be at immediate risk', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
    expect((await h.installInStaffTeam()).status).toBe(200);
  });
  afterAll(() => h.close());

  const cardsTo = (p: ReturnType<typeof person>) => h.connector.cardsTo(personalChatOf(p));

  it('the card form offers it; each DSL gets an urgent alert card at once (even one who chose a digest), naming no child; the author is told to speak to a DSL now', async () => {
    await h.bot.say(deputy, 'notify digest');
    await h.bot.say(teacher, 'log concern');
    const form = cardsTo(teacher).at(-1);
    expect(byId(form, 'urgent')).toMatchObject({ type: 'Input.Toggle', title: 'A child may be at immediate risk' });
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const typed = {
      urgent: 'true', child1: 'child-003', role1: 'subject', categories: 'safeguarding', account: 'Chloe said she is scared to go home tonight.',
      occurredDate: hourAgo.slice(0, 10), occurredTime: hourAgo.slice(11, 16), location: 'Classroom', actionTaken: '', parentsInformed: 'no', parentsReason: 'DSL to decide', alert: '',
    };
    const { card } = await h.bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, typed));
    expect(heading(card)).toMatch(/recorded$/);
    expect(byId(card, 'urgent').text).toMatch(/speak to a DSL/);
    await h.idle();
    const ref = heading(card).split(' ')[1] as string;
    for (const p of [dsl, deputy]) {
      const alert = cardsTo(p).find((c) => JSON.stringify(c).includes(ref));
      expect(heading(alert)).toBe(URGENT);
      expect(cardProblems(alert)).toEqual([]);
      expect(JSON.stringify(alert)).not.toMatch(/Chloe|Price|scared|Classroom/i);
    }
    expect(cardsTo(senco).filter((c) => heading(c) === URGENT)).toHaveLength(0);
    const concernId = card.actions[0].data.concernId as string;
    expect((await h.app.call('dsl', 'GET', `/api/concerns/${concernId}`)).json.urgent).toBe(true);
    await h.bot.say(deputy, 'notify each');
  });

  it('tops the triage queue above older concerns', async () => {
    await logConcern(h, teacher, 'An older, ordinary concern.');
    const urgent = await h.app.call('teacher2', 'POST', '/api/concerns', { body: concernBody({ urgent: true }), headers: { 'idempotency-key': 'urgent-queue-0001' } });
    expect(urgent.status).toBe(201);
    await logConcern(h, teacher, 'A newer, ordinary concern.');
    const dash = await h.app.call('dsl', 'GET', '/api/dashboard');
    expect(dash.status).toBe(200);
    const items = dash.json.triage.items as { id: string; urgent: boolean }[];
    const firstOrdinary = items.findIndex((i) => !i.urgent);
    expect(items.findIndex((i) => i.id === urgent.json.id)).toBeLessThan(firstOrdinary);
    expect(items.slice(0, firstOrdinary).every((i) => i.urgent)).toBe(true);
  });

  it('a concern logged through the tab as urgent reaches each DSL the same way', async () => {
    const created = await h.app.call('teacher2', 'POST', '/api/concerns', { body: concernBody({ urgent: true }), headers: { 'idempotency-key': 'urgent-tab-0001' } });
    await h.runtime.announceConcern('demo-primary', created.json.id);
    for (const p of [dsl, deputy]) {
      const cards = cardsTo(p).filter((c) => JSON.stringify(c).includes(created.json.ref));
      expect(cards).toHaveLength(1);
      expect(heading(cards[0])).toBe(URGENT);
    }
  });

  it('refuses an urgent flag that is not true or false, and stores nothing', async () => {
    const bad = await h.app.call('teacher2', 'POST', '/api/concerns', { body: concernBody({ urgent: 'yes' }) });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json)).toMatch(/urgent/);
  });
});
