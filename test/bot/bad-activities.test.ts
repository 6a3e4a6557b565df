import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person } from './support/bot-driver.js';
import { startBotHarness, type BotHarness } from './support/harness.js';

/** Activities the fuzz suite (test/reliability/fuzz/bot.test.ts) found failing a turn or answered with 5xx. */
let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness();
});
afterAll(() => h.close());

const dsl = () => person('dsl');

describe('malformed activities are refused at the door with 400', () => {
  it('an invoke no handler knows (botbuilder would answer 501)', async () => {
    const r = await h.bot.post(h.bot.activity(dsl(), 'invoke', { name: 'composeExtension/query', value: {} }));
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('bad_request');
  });

  it('a conversation id that is not a string (the reply would fail mid-turn)', async () => {
    const activity = h.bot.activity(dsl(), 'message', { text: 'help' });
    const r = await h.bot.post({ ...activity, conversation: { ...activity.conversation, id: { nested: true } } });
    expect(r.status).toBe(400);
    expect(r.json.error.message).toContain('conversation.id');
    expect(h.connector.sent).toHaveLength(0);
  });

  it('a conversation id with characters a reply header cannot carry (the reply would fail mid-turn)', async () => {
    const activity = h.bot.activity(dsl(), 'message', { text: 'help' });
    for (const id of ['\u299c', 'a\nb', 'chat\u0000']) {
      const r = await h.bot.post({ ...activity, conversation: { ...activity.conversation, id } });
      expect(r.status, JSON.stringify(id)).toBe(400);
      expect(r.json.error.message).toContain('conversation.id');
    }
    expect(h.connector.sent).toHaveLength(0);
  });

  it('an Action.Execute press without its action (botbuilder would throw)', async () => {
    const r = await h.bot.post(h.bot.activity(dsl(), 'invoke', { name: 'adaptiveCard/action', value: 'c' }));
    expect(r.status).toBe(400);
    expect(r.json.error.message).toContain('value');
  });

  it('an activity with a numeric channel id or an empty type', async () => {
    expect((await h.bot.post({ ...h.bot.activity(dsl(), 'message', { text: 'help' }), channelId: 12 })).status).toBe(400);
    expect((await h.bot.post(h.bot.activity(dsl(), '', { text: 'help' }))).status).toBe(400);
  });

  it('still accepts a well-formed message', async () => {
    expect((await h.bot.say(dsl(), 'help')).status).toBe(200);
  });
});

describe('card data naming a record id Cosmos DB could never hold', () => {
  it.each([[''], ['a/b'], ['a#b']])('"Show details" for concern id %j says not found instead of failing', async (concernId) => {
    const r = await h.bot.press(dsl(), 'showConcern', { concernId, schoolId: 'demo-primary', view: 'alert' });
    expect(r.status).toBe(200);
    const text = JSON.stringify(r.card);
    expect(text).toMatch(/not found/i);
    expect(text).not.toMatch(/went wrong/i);
  });
});

describe('names that are also Object.prototype keys', () => {
  it.each([['constructor'], ['toString'], ['__proto__'], ['hasOwnProperty']])('a card verb %j is an unknown verb, not a failed action', async (verb) => {
    const r = await h.bot.press(dsl(), verb, {});
    expect(r.status).toBe(200);
    const text = JSON.stringify(r.card);
    expect(text).toContain('older version of Lantern');
    expect(text).not.toMatch(/went wrong/i);
  });

  it('the message "constructor" gets the help text', async () => {
    h.connector.reset();
    expect((await h.bot.say(dsl(), 'constructor')).status).toBe(200);
    await h.idle();
    expect(JSON.stringify(h.connector.sent)).not.toMatch(/went wrong/i);
    expect(h.connector.sent.length).toBeGreaterThan(0);
  });
});
