import { expect } from 'vitest';
import { SUBMIT_VERB } from '../../src/bot/cards/concern-form-card.js';
import { personalChatOf, type Person } from './support/bot-driver.js';
import { heading, pressData } from './support/cards.js';
import type { BotHarness } from './support/harness.js';

const hourAgo = () => {
  const d = new Date(Date.now() - 3_600_000);
  return { occurredDate: d.toISOString().slice(0, 10), occurredTime: d.toISOString().slice(11, 16) };
};

/** Logs a concern through the bot as `author`, about Chloe Price (child-003), alerting `alert` (oids). */
export async function logConcern(h: BotHarness, author: Person, account: string, alert: Person[] = []) {
  await h.bot.say(author, 'log concern');
  const form = h.connector.cardsTo(personalChatOf(author)).at(-1);
  const typed = {
    child1: 'child-003', role1: 'subject', categories: 'welfare', account, ...hourAgo(),
    location: 'Hall', actionTaken: '', parentsInformed: 'yes', parentsReason: '', alert: alert.map((p) => p.oid).join(','),
  };
  const { card } = await h.bot.press(author, SUBMIT_VERB, pressData(form, SUBMIT_VERB, typed));
  expect(heading(card)).toMatch(/recorded$/);
  await h.idle();
  const concernId = card.actions[0].data.concernId as string;
  return { confirmation: card, concernId, ref: heading(card).split(' ')[1] as string };
}
