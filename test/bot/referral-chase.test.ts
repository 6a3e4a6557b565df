import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import { REFERRAL_VERBS } from '../../src/bot/cards/referral-cards.js';
import { CARD_MESSAGES } from '../../src/bot/error-messages.js';
import { demoChildren } from '../../src/local/demo-school.js';
import { concernBody } from '../support/test-app.js';
import { person, personalChatOf } from './support/bot-driver.js';
import { byId, heading, pressData, texts } from './support/cards.js';
import { cardProblems } from './support/card-validity.js';
import { startBotHarness, type BotHarness } from './support/harness.js';

const [teacher, dsl, deputy] = ['teacher', 'dsl', 'deputy'].map(person) as [ReturnType<typeof person>, ReturnType<typeof person>, ReturnType<typeof person>];
const child = demoChildren().find((c) => c.id === 'child-005')!;
const childName = new RegExp(`${child.givenName}|${child.familyName}`);

describe('referral alerts in Teams and "Log a chase"', () => {
  let h: BotHarness;
  let referral: { id: string; ref: string };

  beforeAll(async () => {
    h = await startBotHarness();
    expect((await h.installInStaffTeam()).status).toBe(200);
    const concern = await h.app.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: child.id, role: 'subject' }] }) });
    const created = await h.app.call('dsl', 'POST', '/api/referrals', {
      body: { concernId: concern.json.id, childId: child.id, agency: 'childrens-social-care', madeAt: '2026-11-26T10:00:00Z', method: 'phone', reference: 'MASH-77' },
    });
    expect(created.status).toBe(201);
    referral = { id: created.json.id, ref: created.json.ref };
    const swept = await sweepOnce(h.app.app.deps, new Date('2026-11-30T09:00:00Z'), h.runtime.alertChannel, `test-${randomUUID()}`, 60_000);
    expect(swept.failures).toEqual([]);
    await h.idle();
  });
  afterAll(() => h.close());

  const alertTo = (p: ReturnType<typeof person>) => {
    const cards = h.connector.cardsTo(personalChatOf(p)).filter((c) => JSON.stringify(c).includes(referral.ref));
    expect(cards).toHaveLength(1);
    return cards[0];
  };
  const contacts = async () => (await h.app.call('dsl', 'GET', `/api/referrals/${referral.id}`)).json.contacts as any[];
  const openForm = async (p = dsl) => (await h.bot.press(p, REFERRAL_VERBS.openChase, pressData(alertTo(dsl), REFERRAL_VERBS.openChase))).card;
  const filled = { chaseMethod: 'phone', chaseWho: 'MASH duty social worker', chaseSummary: 'Decision expected by Tuesday noon.', chaseNext: '2026-12-01' };

  it('sends each DSL one overdue card with the reference and both buttons, naming no child', async () => {
    for (const p of [dsl, deputy]) {
      const card = alertTo(p);
      expect(cardProblems(card)).toEqual([]);
      expect(heading(card)).toBe('Referral overdue');
      expect(texts(card)[1]).toBe(`Referral ${referral.ref} (Children's social care / MASH): decision on the referral overdue since Fri 27 Nov 17:00`);
      expect(card.actions.map((a: any) => a.title)).toEqual(['Log a chase', 'Open in Lantern']);
      expect(card.actions[0].data).toEqual({ schoolId: expect.any(String), referralId: referral.id, ref: referral.ref });
      expect(card.actions[1].url).toMatch(new RegExp(`/tab/#/referrals/${referral.id}$`));
      expect(JSON.stringify(card)).not.toMatch(childName);
      expect(JSON.stringify(card)).not.toContain('MASH-77');
    }
    expect(h.connector.cardsTo(personalChatOf(teacher)).filter((c) => JSON.stringify(c).includes(referral.ref))).toHaveLength(0);
  });

  it('"Log a chase" gives the DSL a form; submitting it adds an outgoing contact through the use case', async () => {
    const form = await openForm();
    expect(cardProblems(form)).toEqual([]);
    expect(heading(form)).toBe(`Log a chase on ${referral.ref}`);
    const before = (await contacts()).length;
    const { card } = await h.bot.press(dsl, REFERRAL_VERBS.logChase, pressData(form, REFERRAL_VERBS.logChase, filled));
    expect(cardProblems(card)).toEqual([]);
    expect(heading(card)).toBe(`Chase logged on ${referral.ref}`);
    expect(JSON.stringify(card)).not.toMatch(childName);
    expect(JSON.stringify(card)).not.toContain('Decision expected');
    const after = await contacts();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({
      direction: 'outgoing', method: 'phone', who: filled.chaseWho, summary: filled.chaseSummary, nextChaseDate: '2026-12-01', recordedBy: { name: dsl.name },
    });
  });

  it('a double submit of one form logs one contact', async () => {
    const form = await openForm();
    const before = (await contacts()).length;
    const data = pressData(form, REFERRAL_VERBS.logChase, { ...filled, chaseSummary: 'Left a voicemail.' });
    const answers = await Promise.all([h.bot.press(dsl, REFERRAL_VERBS.logChase, data), h.bot.press(dsl, REFERRAL_VERBS.logChase, data)]);
    const again = await h.bot.press(dsl, REFERRAL_VERBS.logChase, data);
    for (const a of [...answers, again]) expect(heading(a.card)).toBe(`Chase logged on ${referral.ref}`);
    const after = await contacts();
    expect(after).toHaveLength(before + 1);
    expect(after.filter((c) => c.summary === 'Left a voicemail.')).toHaveLength(1);
  });

  it('bad input returns the form with everything typed kept and the problem by its field', async () => {
    const form = await openForm();
    const before = (await contacts()).length;
    const typed = { chaseMethod: 'email', chaseWho: '', chaseSummary: 'Emailed the team manager.', chaseNext: 'next week' };
    const { card } = await h.bot.press(dsl, REFERRAL_VERBS.logChase, pressData(form, REFERRAL_VERBS.logChase, typed));
    expect(cardProblems(card)).toEqual([]);
    expect(byId(card, 'notice').text).toMatch(/^Your chase was NOT saved\./);
    expect(byId(card, 'chaseWhoProblem').text).toBe('Required — please fill this in.');
    expect(byId(card, 'chaseNextProblem').text).toMatch(/date/);
    expect(byId(card, 'chaseSummaryProblem')).toBeUndefined();
    expect(byId(card, 'chaseMethod').value).toBe('email');
    expect(byId(card, 'chaseSummary').value).toBe('Emailed the team manager.');
    expect(byId(card, 'chaseNext').value).toBe('next week');
    // The form that came back keeps its key: fixing it and submitting twice still logs one contact.
    const fixed = pressData(card, REFERRAL_VERBS.logChase, { chaseWho: 'Team manager', chaseNext: '' });
    expect(fixed.contactKey).toBe(pressData(form, REFERRAL_VERBS.logChase).contactKey);
    await h.bot.press(dsl, REFERRAL_VERBS.logChase, fixed);
    await h.bot.press(dsl, REFERRAL_VERBS.logChase, fixed);
    const after = await contacts();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ method: 'email', who: 'Team manager' });
    expect(after.at(-1).nextChaseDate).toBeUndefined();
  });

  it('refuses a teacher with the standard message, both for the form and for a submit, and audits it', async () => {
    const before = (await contacts()).length;
    const opened = await h.bot.press(teacher, REFERRAL_VERBS.openChase, pressData(alertTo(dsl), REFERRAL_VERBS.openChase));
    expect(texts(opened.card)).toContain(CARD_MESSAGES.not_found);
    expect(JSON.stringify(opened.card)).not.toContain('chaseWho');
    const form = await openForm();
    const submitted = await h.bot.press(teacher, REFERRAL_VERBS.logChase, pressData(form, REFERRAL_VERBS.logChase, filled));
    expect(texts(submitted.card)).toContain(CARD_MESSAGES.not_found);
    expect(await contacts()).toHaveLength(before);
    const audit = await h.app.call('dsl', 'GET', `/api/audit-events?recordId=${referral.id}&action=referral.addContact`);
    expect(audit.json.items).toContainEqual(expect.objectContaining({ oid: teacher.oid, outcome: 'denied' }));
  });
});
