import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person, personalChatOf } from './support/bot-driver.js';
import { actionsOf, byId, heading, pressData } from './support/cards.js';
import { cardProblems } from './support/card-validity.js';
import { startBotHarness, type BotHarness } from './support/harness.js';
import { logConcern } from './flows.js';

const teacher = person('teacher');
const teacher2 = person('teacher2');
const senco = person('senco');
const dsl = person('dsl');

const withdrawButton = (card: any, name: string): any => actionsOf(card).find((a) => a.title === `Withdraw alert: ${name}`);

describe('alerts to named staff, and withdrawing them', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
    await h.installInStaffTeam();
  });
  afterAll(() => h.close());

  it('offers the staff Lantern can reach as people to alert, never the author', async () => {
    await h.bot.say(teacher, 'log concern');
    const form = h.connector.cardsTo(personalChatOf(teacher)).at(-1);
    const names = byId(form, 'alert').choices.map((c: any) => c.title);
    expect(names).toEqual(['Alex Morgan', 'Chris Evans', 'Priya Shah', 'Sam Patel']);
  });

  it('sends the alerted colleague a card naming no child, and gives them access', async () => {
    const { concernId, ref } = await logConcern(h, teacher, 'Alert for Chris.', [teacher2]);
    const card = h.connector.cardsTo(personalChatOf(teacher2)).at(-1);
    expect(heading(card)).toBe('A concern was shared with you');
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain(ref);
    expect(JSON.stringify(card)).not.toMatch(/Chloe|Price|Alert for Chris|welfare/i);
    expect((await h.app.call('teacher2', 'GET', `/api/concerns/${concernId}`)).status).toBe(200);
    const details = await h.bot.press(teacher2, 'showConcern', pressData(card, 'showConcern'));
    expect(JSON.stringify(details.card)).toContain('Alert for Chris.');
    expect(withdrawButton(details.card, 'Chris Evans')).toBeUndefined(); // not the author, not a DSL
    await h.bot.say(teacher2, 'my concerns');
    const mine = h.connector.cardsTo(personalChatOf(teacher2)).at(-1);
    expect(JSON.stringify(mine)).toContain(`${ref} — shared with you`);
  });

  it('sends a DSL who was alerted only the triage card, not two', async () => {
    const before = h.connector.cardsTo(personalChatOf(dsl)).length;
    await logConcern(h, teacher, 'DSL alerted too.', [dsl]);
    const added = h.connector.cardsTo(personalChatOf(dsl)).slice(before);
    expect(added.map((c) => c.body[0].text)).toEqual(['New concern awaiting triage']);
  });

  it('lets the author withdraw it: access goes, the card says so, and the change is audited and versioned', async () => {
    const { concernId, confirmation } = await logConcern(h, teacher, 'Alert to withdraw.', [teacher2]);
    const alertActivity = h.connector.sent.filter((s) => s.conversationId === personalChatOf(teacher2)).at(-1)!;
    const button = withdrawButton(confirmation, 'Chris Evans');
    const { card } = await h.bot.press(teacher, 'withdrawAlert', button.data);
    expect(cardProblems(card)).toEqual([]);
    expect(byId(card, 'notice').text).toBe('Alert to Chris Evans withdrawn.');
    expect(withdrawButton(card, 'Chris Evans')).toBeUndefined();
    await h.idle();
    const update = h.connector.updated.find((u) => u.conversationId === personalChatOf(teacher2) && u.activity.id === alertActivity.activity.id);
    expect(update?.activity.attachments?.[0]?.content.body[0].text).toBe('Alert withdrawn');
    expect((await h.app.call('teacher2', 'GET', `/api/concerns/${concernId}`)).status).toBe(404);
    const stored = await h.app.call('dsl', 'GET', `/api/concerns/${concernId}`);
    expect(stored.json.alertedStaff).toEqual([]);
    expect(stored.json.history.at(-1).changes).toContainEqual(expect.objectContaining({ field: 'alertedStaff', after: [] }));
    const audit = (await h.app.call('dsl', 'GET', `/api/audit-events?recordId=${concernId}`)).json.items;
    expect(audit).toContainEqual(expect.objectContaining({ action: 'concern.withdrawAlert', oid: teacher.oid, chain: expect.objectContaining({ seq: 2 }) }));
    expect(audit).toContainEqual(expect.objectContaining({ action: 'concern.read', oid: teacher2.oid, outcome: 'denied' }));
    const verify = await h.app.cosmos.store.audit.all('demo-primary');
    expect(verify.some((e) => e.action === 'concern.withdrawAlert')).toBe(true);
  });

  it('does not let an alerted colleague withdraw someone else’s alert', async () => {
    const { concernId } = await logConcern(h, teacher, 'Two alerted.', [teacher2, senco]);
    const etag = (await h.app.call('dsl', 'GET', `/api/concerns/${concernId}`)).headers.get('etag');
    const { card } = await h.bot.press(teacher2, 'withdrawAlert', { schoolId: 'demo-primary', concernId, oid: senco.oid, etag, view: 'alert' });
    expect(JSON.stringify(card)).toMatch(/Only the person who logged this concern, or a DSL/);
    expect((await h.app.call('senco', 'GET', `/api/concerns/${concernId}`)).status).toBe(200);
  });

  it('asks again when the concern changed since the card was shown, then withdraws', async () => {
    const { concernId, confirmation } = await logConcern(h, teacher, 'Changed meanwhile.', [senco]);
    const view = (await h.bot.press(dsl, 'showConcern', pressData(h.connector.cardsTo(personalChatOf(dsl)).at(-1), 'showConcern'))).card;
    await h.bot.press(dsl, 'triageConcern', pressData(view, 'triageConcern', { triageDecision: 'monitor', triageReasons: 'ok' }));
    const stale = await h.bot.press(teacher, 'withdrawAlert', withdrawButton(confirmation, 'Priya Shah').data);
    expect(byId(stale.card, 'notice').text).toMatch(/^Not withdrawn\. Alex Morgan changed this concern/);
    expect((await h.app.call('senco', 'GET', `/api/concerns/${concernId}`)).status).toBe(200);
    const again = await h.bot.press(teacher, 'withdrawAlert', withdrawButton(stale.card, 'Priya Shah').data);
    expect(byId(again.card, 'notice').text).toBe('Alert to Priya Shah withdrawn.');
    expect((await h.app.call('senco', 'GET', `/api/concerns/${concernId}`)).status).toBe(404);
  });

  it('lets a DSL withdraw an alert from the details card', async () => {
    const { concernId } = await logConcern(h, teacher, 'DSL withdraws.', [senco]);
    const view = (await h.bot.press(dsl, 'showConcern', pressData(h.connector.cardsTo(personalChatOf(dsl)).at(-1), 'showConcern'))).card;
    const { card } = await h.bot.press(dsl, 'withdrawAlert', withdrawButton(view, 'Priya Shah').data);
    expect(byId(card, 'notice').text).toBe('Alert to Priya Shah withdrawn.');
    expect((await h.app.call('senco', 'GET', `/api/concerns/${concernId}`)).status).toBe(404);
  });
});
