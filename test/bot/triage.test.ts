import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person, personalChatOf } from './support/bot-driver.js';
import { byId, heading, pressData } from './support/cards.js';
import { cardProblems } from './support/card-validity.js';
import { startBotHarness, type BotHarness } from './support/harness.js';
import { logConcern } from './flows.js';
import { concernBody } from '../support/test-app.js';

const [teacher, dsl, deputy, senco] = ['teacher', 'dsl', 'deputy', 'senco'].map(person) as [ReturnType<typeof person>, ReturnType<typeof person>, ReturnType<typeof person>, ReturnType<typeof person>];

describe('DSL triage from chat', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
    expect((await h.installInStaffTeam()).status).toBe(200);
  });
  afterAll(() => h.close());

  const lastCardTo = (p: ReturnType<typeof person>) => h.connector.cardsTo(personalChatOf(p)).at(-1);

  it('sends each DSL a triage card that names no child and shows no detail; nobody else gets one', async () => {
    const { ref } = await logConcern(h, teacher, 'Chloe had a bruise on her wrist and said "it was the door".');
    for (const p of [dsl, deputy]) {
      const card = lastCardTo(p);
      expect(heading(card)).toBe('New concern awaiting triage');
      expect(cardProblems(card)).toEqual([]);
      expect(JSON.stringify(card)).toContain(ref);
      // The card shows the categories, urgency and age (issue 18), still no child and nothing of the account.
      expect(JSON.stringify(card)).toContain('Categories: Welfare.');
      expect(JSON.stringify(card)).not.toMatch(/Chloe|Price|bruise|wrist|Hall/i);
    }
    expect(h.connector.cardsTo(personalChatOf(senco))).toHaveLength(0);
    expect(h.connector.cardsTo(personalChatOf(teacher)).filter((c) => heading(c) === 'New concern awaiting triage')).toHaveLength(0);
  });

  it('"Show details" answers that DSL alone with the concern, and audits the read', async () => {
    const { concernId } = await logConcern(h, teacher, 'Details for the DSL.');
    const { card, status } = await h.bot.press(dsl, 'showConcern', pressData(lastCardTo(dsl), 'showConcern'));
    expect(status).toBe(200);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Chloe Price (Year 2) — subject');
    expect(JSON.stringify(card)).toContain('Details for the DSL.');
    expect(byId(card, 'triageDecision')).toBeDefined();
    const audit = await h.app.call('dsl', 'GET', `/api/audit-events?recordId=${concernId}&action=concern.read`);
    expect(audit.json.items).toContainEqual(expect.objectContaining({ oid: dsl.oid, outcome: 'success' }));
  });

  it('triages with If-Match; the DSL who was second sees the conflict and nothing is overwritten', async () => {
    const { concernId, ref } = await logConcern(h, teacher, 'Two DSLs at once.');
    const dslView = (await h.bot.press(dsl, 'showConcern', pressData(lastCardTo(dsl), 'showConcern'))).card;
    const deputyView = (await h.bot.press(deputy, 'showConcern', pressData(lastCardTo(deputy), 'showConcern'))).card;
    const first = await h.bot.press(dsl, 'triageConcern', pressData(dslView, 'triageConcern', { triageDecision: 'monitor', triageReasons: 'Watch closely.' }));
    expect(heading(first.card)).toBe(`${ref} triaged`);
    const second = await h.bot.press(deputy, 'triageConcern', pressData(deputyView, 'triageConcern', { triageDecision: 'early-help', triageReasons: 'Refer to early help.' }));
    expect(byId(second.card, 'notice').text).toMatch(/^Not saved\. Alex Morgan changed this concern/);
    expect(JSON.stringify(second.card)).toContain('Triaged by Alex Morgan: Monitor');
    expect(byId(second.card, 'triageDecision')).toBeUndefined(); // already triaged: nothing left to choose
    const stored = await h.app.call('dsl', 'GET', `/api/concerns/${concernId}`);
    expect(stored.json.triage).toMatchObject({ decision: 'monitor', reasons: 'Watch closely.', by: { name: 'Alex Morgan' } });
    await h.idle();
    const updated = h.connector.updated.filter((u) => u.conversationId === personalChatOf(deputy));
    expect(updated.at(-1)?.activity.attachments?.[0]?.content.body[1].text).toMatch(/Alex Morgan triaged this concern: Monitor/);
  });

  it('keeps the reasons and marks the decision when a triage is not valid', async () => {
    await logConcern(h, teacher, 'No decision given.');
    const view = (await h.bot.press(dsl, 'showConcern', pressData(lastCardTo(dsl), 'showConcern'))).card;
    const { card } = await h.bot.press(dsl, 'triageConcern', pressData(view, 'triageConcern', { triageDecision: '', triageReasons: 'My reasons.' }));
    expect(byId(card, 'triageProblem').text).toMatch(/^Not saved — .*decision/);
    expect(byId(card, 'triageReasons').value).toBe('My reasons.');
  });

  it('does not let a teacher triage, even with a crafted card', async () => {
    const { concernId } = await logConcern(h, teacher, 'Teacher tries to triage.');
    const stored = await h.app.call('dsl', 'GET', `/api/concerns/${concernId}`);
    const data = { schoolId: 'demo-primary', concernId, etag: stored.headers.get('etag'), triageDecision: 'monitor', triageReasons: 'x' };
    const { card } = await h.bot.press(teacher, 'triageConcern', data);
    expect(JSON.stringify(card)).toMatch(/not allowed to triage/);
    expect((await h.app.call('dsl', 'GET', `/api/concerns/${concernId}`)).json.status).toBe('new');
  });

  it('sends a DSL who chose a digest no per-concern card, and a digest naming only a count', async () => {
    await h.bot.say(deputy, 'notify digest');
    expect(heading(lastCardTo(deputy))).toBe('Notifications updated');
    const before = h.connector.cardsTo(personalChatOf(deputy)).length;
    await logConcern(h, teacher, 'While the deputy takes a digest.');
    expect(h.connector.cardsTo(personalChatOf(deputy))).toHaveLength(before);
    const school = (await h.app.cosmos.store.schools.get('demo-primary'))!;
    expect(await h.runtime.sendTriageDigests(school, 'digest-test-0001')).toBe(1);
    const digest = lastCardTo(deputy);
    expect(heading(digest)).toBe('Triage queue');
    expect(JSON.stringify(digest)).toMatch(/\d+ concerns are waiting for triage/);
    await h.bot.say(deputy, 'notify each');
  });
});

describe('a concern logged through the tab', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
    await h.installInStaffTeam();
  });
  afterAll(() => h.close());

  it('is announced to the DSLs when the API door asks the bot to, once however often it asks', async () => {
    const created = await h.app.call('teacher2', 'POST', '/api/concerns', { body: concernBody(), headers: { 'idempotency-key': 'tab-announce-0001' } });
    expect(created.status).toBe(201);
    await h.runtime.announceConcern('demo-primary', created.json.id);
    await h.runtime.announceConcern('demo-primary', created.json.id);
    const cards = h.connector.cardsTo(personalChatOf(dsl)).filter((c) => JSON.stringify(c).includes(created.json.ref));
    expect(cards).toHaveLength(1);
    expect(heading(cards[0])).toBe('New concern awaiting triage');
  });
});
