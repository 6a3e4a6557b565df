import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localPeopleDirectory } from '../../src/local/local-people.js';
import { staticGroupMembership } from '../../src/bot/group-membership.js';
import { PERSONAS } from '../../src/local/demo-identity.js';
import { OTHER_DSL, concernBody } from '../support/test-app.js';
import { person, personalChatOf } from './support/bot-driver.js';
import { actionsOf, heading, pressData } from './support/cards.js';
import { cardProblems } from './support/card-validity.js';
import { startBotHarness, type BotHarness } from './support/harness.js';
import { sweepOnce } from '../../src/alerts/sweep.js';

const teacher2 = person('teacher2');
const teacher = person('teacher');

describe('actions in Teams', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness(staticGroupMembership([...PERSONAS, OTHER_DSL]), { people: localPeopleDirectory() });
    await h.installInStaffTeam();
  });
  afterAll(() => h.close());

  async function assign(description: string, dueDate = '2030-01-10') {
    const c = await h.app.call('teacher', 'POST', '/api/concerns', { body: concernBody({ account: 'Amara arrived hungry.' }) });
    const r = await h.app.call('dsl', 'POST', `/api/concerns/${c.json.id}/actions`, {
      body: { description, assigneeOid: teacher2.oid, dueDate }, headers: { 'if-match': c.headers.get('etag')! },
    });
    expect(r.status).toBe(201);
    await h.idle();
    return { concernId: c.json.id as string, ref: c.json.ref as string, actionId: r.json.actions.at(-1).id as string, etag: r.headers.get('etag')! };
  }

  it('sends the assignee a card naming no child and no detail, whose Mark done records one completion', async () => {
    const a = await assign('Check in with Amara each morning');
    const card = h.connector.cardsTo(personalChatOf(teacher2)).at(-1);
    expect(heading(card)).toBe('You have been given an action');
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain(a.ref);
    expect(JSON.stringify(card)).toContain('Thu 10 Jan');
    expect(JSON.stringify(card)).not.toMatch(/Amara|hungry|Check in|2030-01-10/);

    const first = await h.bot.press(teacher2, 'completeAction', pressData(card, 'completeAction', { actionNote: 'Saw her every morning.' }));
    expect(heading(first.card)).toBe('Action done');
    const second = await h.bot.press(teacher2, 'completeAction', pressData(card, 'completeAction', { actionNote: 'again' }));
    expect(heading(second.card)).toBe('Action done');
    const stored = (await h.app.call('dsl', 'GET', `/api/concerns/${a.concernId}`)).json.actions[0];
    expect(stored).toMatchObject({ done: true, doneNote: 'Saw her every morning.' });
    expect(stored.history.filter((e: { kind: string }) => e.kind === 'done')).toHaveLength(1);
  });

  it("refuses Mark done from anyone but the assignee: the author is told it is not theirs, others that nothing is there", async () => {
    const a = await assign('Phone home');
    const card = h.connector.cardsTo(personalChatOf(teacher2)).at(-1);
    const { card: author } = await h.bot.press(teacher, 'completeAction', pressData(card, 'completeAction'));
    expect(JSON.stringify(author)).toContain('You can only mark your own actions done.');
    const { card: stranger } = await h.bot.press(person('senco'), 'completeAction', pressData(card, 'completeAction'));
    expect(JSON.stringify(stranger)).toMatch(/not found/i);
    expect((await h.app.call('dsl', 'GET', `/api/concerns/${a.concernId}`)).json.actions[0].done).toBe(false);
  });

  it('lists "my actions" by reference, due date and state, and changes the card when the action is withdrawn', async () => {
    const a = await assign('Meet the family');
    const delivered = h.connector.sent.filter((s) => s.conversationId === personalChatOf(teacher2)).at(-1)!;
    await h.bot.say(teacher2, 'my actions');
    const mine = h.connector.cardsTo(personalChatOf(teacher2)).at(-1);
    expect(heading(mine)).toBe('Your actions');
    expect(JSON.stringify(mine)).toContain(`${a.ref} — due Thu 10 Jan — open`);
    expect(JSON.stringify(mine)).not.toMatch(/Amara|Meet the family/);
    expect(actionsOf(mine).some((b) => b.title === `Mark done: ${a.ref}, due Thu 10 Jan`)).toBe(true);

    const w = await h.app.call('dsl', 'POST', `/api/concerns/${a.concernId}/actions/${a.actionId}/assignment`, { body: { op: 'withdraw' }, headers: { 'if-match': a.etag } });
    expect(w.status).toBe(200);
    await h.idle();
    const update = h.connector.updated.find((u) => u.conversationId === personalChatOf(teacher2) && u.activity.id === delivered.activity.id);
    expect(update?.activity.attachments?.[0]?.content.body[0].text).toBe('Action withdrawn');
  });

  it('sends an overdue action to the assignee alone, then "still overdue" to the DSLs, once each, naming no child', async () => {
    const a = await assign('Check in with Amara', '2026-11-02');
    const before = { t2: h.connector.cardsTo(personalChatOf(teacher2)).length, dsl: h.connector.cardsTo(personalChatOf(person('dsl'))).length, teacher: h.connector.cardsTo(personalChatOf(teacher)).length };
    for (const at of ['2026-11-03T09:00:00Z', '2026-11-03T09:30:00Z']) await sweepOnce(h.app.app.deps, new Date(at), h.runtime.alertChannel, `h-${at}`, 60_000);
    const mine = h.connector.cardsTo(personalChatOf(teacher2)).slice(before.t2).filter((c) => JSON.stringify(c).includes(a.ref));
    expect(mine.map(heading)).toEqual(['Action overdue']);
    expect(JSON.stringify(mine[0])).toContain(`Action on concern ${a.ref} is overdue since Tue 3 Nov`);
    expect(JSON.stringify(mine[0])).not.toMatch(/Amara|hungry|Check in/);
    expect(h.connector.cardsTo(personalChatOf(person('dsl'))).slice(before.dsl).filter((c) => JSON.stringify(c).includes(a.ref))).toHaveLength(0);
    for (const at of ['2026-11-04T09:00:00Z', '2026-11-04T09:30:00Z']) await sweepOnce(h.app.app.deps, new Date(at), h.runtime.alertChannel, `h-${at}`, 60_000);
    const dsl = h.connector.cardsTo(personalChatOf(person('dsl'))).slice(before.dsl).filter((c) => JSON.stringify(c).includes(a.ref));
    expect(dsl.map(heading)).toEqual(['Action still overdue']);
    expect(h.connector.cardsTo(personalChatOf(teacher)).slice(before.teacher).filter((c) => JSON.stringify(c).includes(a.ref))).toHaveLength(0);
  });
});
