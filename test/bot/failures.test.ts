import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLanternApp, type LanternApp } from '../../src/app.js';
import { SUBMIT_VERB } from '../../src/bot/cards/concern-form-card.js';
import { configureBot } from '../../src/bot/bot-settings.js';
import { staticGroupMembership } from '../../src/bot/group-membership.js';
import { LanternError } from '../../src/core/errors.js';
import type { Store } from '../../src/core/ports/store.js';
import { PERSONAS } from '../../src/local/demo-identity.js';
import { localConfig } from '../../src/local/local-config.js';
import { seedDemoSchool } from '../../src/local/seed.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { startJwksServer, type JwksServer } from '../support/jwks-server.js';
import { botDriver, person, personalChatOf } from './support/bot-driver.js';
import { byId, pressData } from './support/cards.js';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.js';
import { localPeopleDirectory } from '../../src/local/local-people.js';

const teacher = person('teacher');

/** The real store, except that creating a concern fails in the way chosen. */
function storeFailingOnCreate(store: Store, failure: () => Error | undefined): Store {
  return {
    ...store,
    concerns: {
      ...store.concerns,
      create: (c, a) => {
        const e = failure();
        return e ? Promise.reject(e) : store.concerns.create(c, a);
      },
    },
  };
}

describe('a submit that fails on the server', () => {
  let cosmos: TestCosmos;
  let idp: JwksServer;
  let connector: FakeConnector;
  let app: LanternApp;
  let failure: Error | undefined;
  let bot: ReturnType<typeof botDriver>;

  beforeAll(async () => {
    [cosmos, idp, connector] = await Promise.all([startTestCosmos(), startJwksServer(), startFakeConnector()]);
    configureBot({ groupMembership: staticGroupMembership(PERSONAS) });
    const config = localConfig({ PORT: '0', AUTH_AUTHORITY: idp.authority, LOG_LEVEL: 'silent' });
    app = createLanternApp({ config, store: storeFailingOnCreate(cosmos.store, () => failure), people: localPeopleDirectory() });
    await seedDemoSchool(app.deps);
    bot = botDriver(`http://127.0.0.1:${(await app.listen()).port}`, connector);
  });
  afterAll(async () => {
    await app.close();
    await Promise.all([idp.close(), connector.close()]);
    await cosmos.close();
  });

  const cases: [string, () => Error, RegExp][] = [
    ['the store is unavailable', () => new LanternError('store_unavailable', 'x'), /NOT saved\. Lantern's records store is not answering/],
    ['the audit trail cannot be written', () => new LanternError('audit_unavailable', 'x'), /NOT saved\. Lantern could not write its audit trail/],
    ['something unexpected breaks', () => new TypeError('boom at line 3 of secret.ts'), /NOT saved\. Something went wrong on our side/],
  ];

  it.each(cases)('says the concern was NOT saved and keeps the text when %s', async (_what, makeError, message) => {
    await bot.say(teacher, 'log concern');
    const form = connector.cardsTo(personalChatOf(teacher)).at(-1);
    const typed = {
      child1: 'child-004', role1: 'subject', categories: 'safeguarding', account: 'Words I must not lose.',
      occurredDate: '2024-05-01', occurredTime: '09:30', location: 'Gate', parentsInformed: 'yes',
    };
    failure = makeError();
    const { card, status } = await bot.press(teacher, SUBMIT_VERB, pressData(form, SUBMIT_VERB, typed));
    failure = undefined;
    expect(status).toBe(200);
    expect(byId(card, 'notice').text).toMatch(message);
    expect(JSON.stringify(card)).not.toMatch(/boom|secret\.ts/);
    expect(byId(card, 'account').value).toBe('Words I must not lose.');
    expect(byId(card, 'child1').value).toBe('child-004');
    expect(byId(card, 'child1').choices).toHaveLength(30);
    expect(card.actions[0].data.formKey).toBe(form.actions[0].data.formKey);
    const retry = await bot.press(teacher, SUBMIT_VERB, pressData(card, SUBMIT_VERB));
    expect(JSON.stringify(retry.card)).toMatch(/recorded/);
  });
});
