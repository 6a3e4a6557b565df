import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBMIT_VERB } from '../../src/bot/cards/concern-form-card.js';
import { person, personalChatOf } from './support/bot-driver.js';
import { byId, heading, pressData, texts } from './support/cards.js';
import { cardProblems } from './support/card-validity.js';
import { startBotHarness, type BotHarness } from './support/harness.js';

const teacher = person('teacher');
const hourAgo = () => {
  const d = new Date(Date.now() - 3_600_000);
  return { occurredDate: d.toISOString().slice(0, 10), occurredTime: d.toISOString().slice(11, 16) };
};
const VALID = (): Record<string, string> => ({
  child1: 'child-001', role1: 'victim', child2: 'child-010', role2: 'alleged-perpetrator',
  categories: 'bullying,welfare', account: 'Amara said "he took my lunch again".', ...hourAgo(),
  location: 'Playground', actionTaken: 'Spoke to both children.', parentsInformed: 'no', parentsReason: 'DSL to decide',
});

describe('logging a concern through the bot', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(() => h.close());

  /** Types "log concern" and returns the form the bot sent. */
  async function openForm() {
    const before = h.connector.cardsTo(personalChatOf(teacher)).length;
    expect((await h.bot.say(teacher, 'log concern')).status).toBe(200);
    const cards = h.connector.cardsTo(personalChatOf(teacher));
    expect(cards.length).toBe(before + 1);
    return cards.at(-1);
  }
  const concernsOf = async (persona: string) => (await h.app.call(persona, 'GET', '/api/concerns?limit=100')).json.items as any[];

  it('answers "log concern" with one valid form listing the children and the categories in use', async () => {
    const form = await openForm();
    expect(heading(form)).toBe('Log a concern');
    expect(cardProblems(form)).toEqual([]);
    expect(byId(form, 'child1').choices).toHaveLength(30);
    expect(byId(form, 'child1').choices[0].title).toMatch(/\(Reception\)$/);
    expect(byId(form, 'categories').choices.map((c: any) => c.value)).toContain('prejudice-based-incident');
    expect(byId(form, 'occurredDate').value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(byId(form, 'account').isMultiline).toBe(true);
    expect(form.actions[0]).toMatchObject({ type: 'Action.Execute', verb: SUBMIT_VERB });
    expect(form.actions[0].data.formKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('also answers "log a concern" and "new concern", and shows help for anything else', async () => {
    for (const text of ['log a concern', 'New concern!']) expect(heading(await (async () => (await h.bot.say(teacher, text), h.connector.cardsTo(personalChatOf(teacher)).at(-1)))())).toBe('Log a concern');
    await h.bot.say(teacher, 'what can you do?');
    expect(heading(h.connector.cardsTo(personalChatOf(teacher)).at(-1))).toBe('Lantern');
  });

  it('returns the form with every value kept and each problem next to its field; nothing is saved', async () => {
    const before = (await concernsOf('teacher')).length;
    const form = await openForm();
    const typed = { ...VALID(), account: '   ', parentsReason: '', location: 'Library corner' };
    const { card, status } = await h.bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, typed));
    expect(status).toBe(200);
    expect(cardProblems(card)).toEqual([]);
    expect(byId(card, 'notice').text).toMatch(/NOT saved/);
    expect(byId(card, 'accountProblem').text).toBe('Required — please fill this in.');
    expect(byId(card, 'parentsReasonProblem').text).toBe('Required — please fill this in.');
    expect(byId(card, 'child1').value).toBe('child-001');
    expect(byId(card, 'role2').value).toBe('alleged-perpetrator');
    expect(byId(card, 'categories').value).toBe('bullying,welfare');
    expect(byId(card, 'location').value).toBe('Library corner');
    expect(byId(card, 'actionTaken').value).toBe('Spoke to both children.');
    expect(card.actions[0].data.formKey).toBe(form.actions[0].data.formKey);
    expect(await concernsOf('teacher')).toHaveLength(before);
  });

  it('puts an unknown child back next to the slot it was chosen in', async () => {
    const form = await openForm();
    const { card } = await h.bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, { ...VALID(), child2: '', child3: 'child-999' }));
    expect(byId(card, 'child3Problem').text).toMatch(/no child with this id/i);
    expect(byId(card, 'child3').value).toBe('child-999');
  });

  it('refuses a date in the future next to the date, in words for a card', async () => {
    const form = await openForm();
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const { card } = await h.bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, { ...VALID(), occurredDate: tomorrow }));
    expect(byId(card, 'occurredDateProblem').text).toMatch(/future/);
    const nonsense = await h.bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, { ...VALID(), occurredTime: '25:99' }));
    expect(byId(nonsense.card, 'occurredDateProblem').text).toBe('Give a real date, and the time as hh:mm.');
  });

  it('saves through createConcern: a confirmation naming no child, visible to the DSL and not to another teacher', async () => {
    const form = await openForm();
    const { card } = await h.bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, VALID()));
    expect(cardProblems(card)).toEqual([]);
    expect(heading(card)).toMatch(/^Concern C-[2-9A-Z]{6} recorded$/);
    const ref = heading(card).split(' ')[1];
    expect(JSON.stringify(card)).not.toMatch(/Amara|Okafor|Jacob|lunch/);
    const mine = (await concernsOf('dsl')).find((c) => c.ref === ref);
    expect(mine).toMatchObject({ createdBy: { name: 'Jo Bennett' }, categories: ['bullying', 'welfare'], location: 'Playground' });
    expect(mine.children).toEqual([{ childId: 'child-001', role: 'victim' }, { childId: 'child-010', role: 'alleged-perpetrator' }]);
    expect((await concernsOf('teacher2')).some((c) => c.ref === ref)).toBe(false);
    const audit = await h.app.call('dsl', 'GET', `/api/audit-events?recordId=${mine.id}`);
    expect(audit.json.items).toContainEqual(expect.objectContaining({ action: 'concern.create', oid: teacher.oid, outcome: 'success', chain: { seq: 1, prev: expect.any(String) } }));
  });

  it('makes one record from a replayed or double-clicked submit, and the same confirmation', async () => {
    const form = await openForm();
    const data = pressData(form, SUBMIT_VERB, { ...VALID(), account: 'Double click test.' });
    const [a, b] = await Promise.all([h.bot.press(teacher, SUBMIT_VERB, data), h.bot.press(teacher, SUBMIT_VERB, data)]);
    const replay = await h.bot.press(teacher, SUBMIT_VERB, data);
    expect(heading(a.card)).toMatch(/recorded$/);
    expect(heading(b.card)).toBe(heading(a.card));
    expect(heading(replay.card)).toBe(heading(a.card));
    const saved = (await concernsOf('teacher')).filter((c) => c.account === 'Double click test.');
    expect(saved).toHaveLength(1);
  });

  it('refuses the same card sent again with different text, and keeps that text', async () => {
    const form = await openForm();
    await h.bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, { ...VALID(), account: 'First version.' }));
    const { card } = await h.bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, { ...VALID(), account: 'Second version.' }));
    expect(byId(card, 'notice').text).toMatch(/NOT saved.*already used/);
    expect(byId(card, 'account').value).toBe('Second version.');
    expect((await concernsOf('teacher')).filter((c) => c.account === 'Second version.')).toHaveLength(0);
  });

  it('says what is recorded in words: "Show details" shows the author alone what they recorded, and is audited', async () => {
    const form = await openForm();
    const { card } = await h.bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, { ...VALID(), account: 'Details test.' }));
    const details = await h.bot.press(teacher, 'showConcern', pressData(card, 'showConcern'));
    expect(cardProblems(details.card)).toEqual([]);
    expect(texts(details.card).join(' ')).toMatch(/What happened/);
    expect(JSON.stringify(details.card)).toMatch(/Amara Okafor \(Reception\) — victim/);
    expect(JSON.stringify(details.card)).toContain('Details test.');
    const hidden = await h.bot.press(teacher, 'hideConcern', pressData(details.card, 'hideConcern'));
    expect(JSON.stringify(hidden.card)).not.toMatch(/Amara|Details test/);
  });

  it('answers Teams typeahead (Data.Query) for large rosters with matching children, through listChildren', async () => {
    const search = (dataset: string, queryText: string) =>
      h.bot.post(h.bot.activity(teacher, 'invoke', { name: 'application/search', value: { kind: 'search', dataset, queryText, queryOptions: { skip: 0, top: 15 } } }));
    const found = await search('lantern.children', 'ma');
    expect(found.status).toBe(200);
    expect(found.json.type).toBe('application/vnd.microsoft.search.searchResponse');
    const titles = found.json.value.results.map((r: any) => r.title);
    expect(titles).toContain('Maya Edwards (Year 5)');
    expect(titles.every((t: string) => /ma/i.test(t))).toBe(true);
    expect((await search('graph.microsoft.com/users', 'a')).json.value.results).toEqual([]);
  });
});
