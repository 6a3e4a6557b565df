import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusingGroupMembership, staticGroupMembership } from '../../src/bot/group-membership.js';
import { DEMO_GROUPS, PERSONAS } from '../../src/local/demo-identity.js';
import { OTHER_CHILD, OTHER_SCHOOL } from '../support/test-app.js';
import { person, personalChatOf } from './support/bot-driver.js';
import { heading, inputIds, pressData } from './support/cards.js';
import { startBotHarness, type BotHarness } from './support/harness.js';
import { logConcern } from './flows.js';

const teacher = person('teacher');
const dsl = person('dsl');
const OTHER_TENANT = '0b9d2c1e-7f6a-4e5d-9c8b-7a6f5e4d3c2b';

describe('who the bot answers, and where', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
    await h.installInStaffTeam();
  });
  afterAll(() => h.close());

  const auditOf = async (q: string) => (await h.app.call('dsl', 'GET', `/api/audit-events?${q}`)).json.items as any[];

  it('ignores activities from another tenant: no reply, nothing run, nothing remembered', async () => {
    h.connector.reset();
    const stranger = { key: 'stranger', oid: '3c2b1a09-8f7e-4d6c-9b5a-493827161504', name: 'Someone Else' };
    expect((await h.bot.say(stranger, 'log concern', 'personal', OTHER_TENANT)).status).toBe(200);
    const invoke = await h.bot.press(stranger, 'openForm', {}, 'personal', OTHER_TENANT);
    expect(invoke.status).toBe(403);
    expect(invoke.card).toBeUndefined();
    expect(h.connector.sent).toHaveLength(0);
    expect(await h.app.cosmos.store.conversations.address('demo-primary', stranger.oid)).toBeUndefined();
  });

  it('in a group chat offers a personal chat and shows no form', async () => {
    await h.bot.say(teacher, 'log concern', 'groupChat');
    const card = h.connector.cardsTo('group-chat-1').at(-1);
    expect(heading(card)).toBe('Lantern works in a personal chat');
    expect(inputIds(card)).toEqual([]);
    expect(card.actions[0].type).toBe('Action.OpenUrl');
  });

  it('in a channel refuses "Show details" on any card, and reads nothing', async () => {
    const { concernId } = await logConcern(h, teacher, 'Never in a channel.');
    const triage = h.connector.cardsTo(personalChatOf(dsl)).at(-1);
    const readsBefore = (await auditOf(`recordId=${concernId}&action=concern.read`)).length;
    for (const scope of ['channel', 'groupChat'] as const) {
      const { card } = await h.bot.press(dsl, 'showConcern', pressData(triage, 'showConcern'), scope);
      expect(heading(card)).toBe('Lantern works in a personal chat');
      expect(JSON.stringify(card)).not.toMatch(/Chloe|Never in a channel/);
    }
    expect(await auditOf(`recordId=${concernId}&action=concern.read`)).toHaveLength(readsBefore);
  });

  it('refuses someone in no Lantern group, and audits the refusal in the school they tried', async () => {
    const outsider = person('outsider');
    await h.bot.say(outsider, 'log concern');
    expect(JSON.stringify(h.connector.cardsTo(personalChatOf(outsider)).at(-1))).toMatch(/not in any Lantern group/);
    // The tenant has two schools, so a plain message cannot say which one was tried; a card names its school.
    const { card } = await h.bot.press(outsider, 'openForm', { schoolId: 'demo-primary' });
    expect(JSON.stringify(card)).toMatch(/not in any Lantern group/);
    expect(await auditOf(`oid=${outsider.oid}&action=access.denied`)).toContainEqual(expect.objectContaining({ outcome: 'denied', recordId: 'bot' }));
  });

  it('does not give a Lantern admin (no staff role) the form', async () => {
    await h.bot.say(person('admin'), 'log concern');
    expect(JSON.stringify(h.connector.cardsTo(personalChatOf(person('admin'))).at(-1))).toMatch(/not allowed to log concerns/);
  });
});

describe('production until Microsoft Graph is wired in', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness(refusingGroupMembership);
  });
  afterAll(() => h.close());

  it('refuses everyone rather than guess their groups', async () => {
    await h.bot.say(dsl, 'log concern');
    const card = h.connector.cardsTo(personalChatOf(dsl)).at(-1);
    expect(JSON.stringify(card)).toMatch(/Microsoft Graph is not configured/);
  });
});

describe('someone with roles in two schools of a trust', () => {
  const both = { key: 'trustteacher', oid: '7d6c5b4a-3928-4716-8a5b-4c3d2e1f0a9b', name: 'Robin Trust' };
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness(
      staticGroupMembership([...PERSONAS, { oid: both.oid, groups: [DEMO_GROUPS.staff, ...OTHER_SCHOOL.access.staffGroups] }]),
    );
  });
  afterAll(() => h.close());

  it('is asked which school, and gets that school’s form', async () => {
    await h.bot.say(both, 'log concern');
    const chooser = h.connector.cardsTo(personalChatOf(both)).at(-1);
    expect(heading(chooser)).toBe('Which school is this concern for?');
    const other = chooser.actions.find((a: any) => a.title === 'Other Primary');
    const { card } = await h.bot.press(both, other.verb, other.data);
    expect(heading(card)).toBe('Log a concern');
    expect(card.actions[0].data.schoolId).toBe(OTHER_SCHOOL.id);
    expect(card.body.find((e: any) => e.id === 'child1').choices.map((c: any) => c.value)).toEqual([OTHER_CHILD.id]);
  });
});
