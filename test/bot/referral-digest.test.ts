import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/alerts/sweep.js';
import { referralDigestCard } from '../../src/bot/cards/referral-digest-card.js';
import type { Alert } from '../../src/core/model/alert.js';
import { demoChildren } from '../../src/local/demo-school.js';
import { concernBody } from '../support/test-app.js';
import { person, personalChatOf } from './support/bot-driver.js';
import { heading, texts } from './support/cards.js';
import { cardProblems } from './support/card-validity.js';
import { startBotHarness, type BotHarness } from './support/harness.js';

const [dsl, deputy] = ['dsl', 'deputy'].map(person) as [ReturnType<typeof person>, ReturnType<typeof person>];
const child = demoChildren().find((c) => c.id === 'child-005')!;
const childName = new RegExp(`${child.givenName}|${child.familyName}`);

describe('referral alerts as a daily digest in Teams', () => {
  let h: BotHarness;
  let referral: { id: string; ref: string };
  const cardsAbout = (p: ReturnType<typeof person>) => h.connector.cardsTo(personalChatOf(p)).filter((c) => JSON.stringify(c).includes(referral.ref));
  /** One sweep at `at`, with the app's clock there too (as `npm run alerts:sweep -- --now` and the scheduler have it). */
  const sweep = async (at: string) => {
    const deps = h.app.app.deps;
    const clock = deps.clock;
    deps.clock = () => new Date(at);
    try {
      const r = await sweepOnce(deps, new Date(at), h.runtime.alertChannel, `test-${randomUUID()}`, 60_000);
      expect(r.failures).toEqual([]);
      await h.idle();
      return r;
    } finally {
      deps.clock = clock;
    }
  };

  beforeAll(async () => {
    h = await startBotHarness();
    expect((await h.installInStaffTeam()).status).toBe(200);
    await h.bot.say(dsl, 'notify digest');
    const concern = await h.app.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: child.id, role: 'subject' }] }) });
    const created = await h.app.call('dsl', 'POST', '/api/referrals', {
      body: { concernId: concern.json.id, childId: child.id, agency: 'childrens-social-care', madeAt: '2026-11-26T10:00:00Z', method: 'phone', reference: 'MASH-88' },
    });
    expect(created.status).toBe(201);
    referral = { id: created.json.id, ref: created.json.ref };
  });
  afterAll(() => h.close());

  it('sends the DSL who chose a digest no card as the alert is raised; a DSL who did not gets it at once', async () => {
    await sweep('2026-11-30T09:00:00Z');
    expect(cardsAbout(dsl)).toHaveLength(0);
    expect(cardsAbout(deputy)).toHaveLength(1);
    expect(heading(cardsAbout(deputy)[0])).toBe('Referral overdue');
  });

  it('at 08:00 the next day sends one digest card with counts and references, naming no child, and only once', async () => {
    await sweep('2026-12-01T07:30:00Z');
    expect(cardsAbout(dsl)).toHaveLength(0);
    await sweep('2026-12-01T08:00:00Z');
    const digests = cardsAbout(dsl);
    expect(digests).toHaveLength(1);
    const card = digests[0];
    expect(cardProblems(card)).toEqual([]);
    expect(heading(card)).toBe('Alerts digest');
    expect(texts(card)[1]).toMatch(/^\d+ alerts?: .*overdue/);
    expect(JSON.stringify(card)).toContain(referral.ref);
    expect(JSON.stringify(card)).not.toMatch(childName);
    expect(JSON.stringify(card)).not.toContain('MASH-88');
    await sweep('2026-12-01T08:30:00Z');
    expect(cardsAbout(dsl)).toHaveLength(1);
    expect(cardsAbout(deputy)).toHaveLength(1);
    await h.bot.say(dsl, 'notify each');
  });
});

describe('each DSL chooses the time of their digest', () => {
  let h: BotHarness;
  let ref: string;
  const cardsAbout = (p: ReturnType<typeof person>) => h.connector.cardsTo(personalChatOf(p)).filter((c) => JSON.stringify(c).includes(ref));
  const lastCardTo = (p: ReturnType<typeof person>) => h.connector.cardsTo(personalChatOf(p)).at(-1)!;
  /** One sweep at `at` as `npm run alerts:sweep -- --now` runs it: the app's own clock stays where it is. */
  const sweep = async (at: string) => {
    const r = await sweepOnce(h.app.app.deps, new Date(at), h.runtime.alertChannel, `test-${randomUUID()}`, 60_000);
    expect(r.failures).toEqual([]);
    await h.idle();
  };

  beforeAll(async () => {
    h = await startBotHarness();
    expect((await h.installInStaffTeam()).status).toBe(200);
    const concern = await h.app.call('teacher', 'POST', '/api/concerns', { body: concernBody({ children: [{ childId: child.id, role: 'subject' }] }) });
    const created = await h.app.call('dsl', 'POST', '/api/referrals', {
      body: { concernId: concern.json.id, childId: child.id, agency: 'childrens-social-care', madeAt: '2026-11-26T10:00:00Z', method: 'phone' },
    });
    ref = created.json.ref;
  });
  afterAll(() => h.close());

  it('refuses a time that is not HH:MM and keeps the earlier choice', async () => {
    for (const bad of ['notify digest 25:00', 'notify digest 7.30', 'notify digest 0800']) {
      await h.bot.say(dsl, bad);
      expect(heading(lastCardTo(dsl)), bad).toBe('Notifications not changed');
      expect(texts(lastCardTo(dsl)).join(' ')).toContain('notify digest 07:30');
    }
    await h.bot.say(dsl, 'notify digest 7:15');
    expect(heading(lastCardTo(dsl))).toBe('Notifications updated');
    expect(texts(lastCardTo(dsl)).join(' ')).toContain('07:15');
    await h.bot.say(deputy, 'notify digest');
    expect(texts(lastCardTo(deputy)).join(' ')).toContain('08:00');
  });

  it("sends each DSL's digest at their own time, counted on the sweep's clock", async () => {
    await sweep('2026-11-30T09:00:00Z');
    expect([cardsAbout(dsl).length, cardsAbout(deputy).length]).toEqual([0, 0]);
    await sweep('2026-12-01T07:14:00Z');
    expect([cardsAbout(dsl).length, cardsAbout(deputy).length]).toEqual([0, 0]);
    await sweep('2026-12-01T07:15:00Z');
    expect([cardsAbout(dsl).length, cardsAbout(deputy).length]).toEqual([1, 0]);
    expect(heading(cardsAbout(dsl)[0])).toBe('Alerts digest');
    await sweep('2026-12-01T08:00:00Z');
    expect([cardsAbout(dsl).length, cardsAbout(deputy).length]).toEqual([1, 1]);
    expect(JSON.stringify(cardsAbout(deputy)[0])).not.toMatch(childName);
  });
});

describe('referralDigestCard', () => {
  const alert = (ref: string, kind: Alert['kind']): Alert => ({
    id: `alert:r-${ref}:decision:${kind}`, type: 'alert', schoolId: 's', kind, referralId: `r-${ref}`, referralRef: ref, agency: 'childrens-social-care',
    milestoneKey: 'decision', milestoneLabel: 'Decision on the referral', dueAt: '2026-11-27T17:00:00Z', raisedAt: '2026-11-30T09:00:00Z',
    audience: kind === 'escalation' ? 'escalation' : 'dsl', status: 'pending', deliveredTo: [],
  });
  it('counts alerts by kind and lists each reference', () => {
    const card = referralDigestCard([alert('R-AAAAAA', 'overdue'), alert('R-BBBBBB', 'due-soon'), alert('R-CCCCCC', 'overdue'), alert('R-DDDDDD', 'escalation')], 'https://x/tab/');
    expect(cardProblems(card)).toEqual([]);
    expect(texts(card)[1]).toBe('4 alerts: 1 still overdue (escalated), 2 overdue, 1 due soon.');
    const facts = (card.body[2] as { facts: { title: string; value: string }[] }).facts;
    expect(facts.map((f) => f.title)).toEqual(['R-DDDDDD', 'R-AAAAAA', 'R-CCCCCC', 'R-BBBBBB']);
    expect(facts[1]!.value).toBe("Children's social care / MASH: decision on the referral overdue");
  });

  it("names a school's own agency by its id rather than leaving a gap", () => {
    const card = referralDigestCard([{ ...alert('R-EEEEEE', 'overdue'), agency: 'youth-offending' } as Alert], 'https://x/tab/');
    const facts = (card.body[2] as { facts: { title: string; value: string }[] }).facts;
    expect(facts[0]!.value).toBe('youth-offending: decision on the referral overdue');
  });
});
