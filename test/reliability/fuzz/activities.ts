import fc from 'fast-check';
import { SUBMIT_VERB } from '../../../src/bot/cards/concern-form-card.js';
import { OPEN_FORM_VERB } from '../../../src/bot/cards/notice-cards.js';
import { VERBS } from '../../../src/bot/cards/proactive-cards.js';
import { REFERRAL_VERBS } from '../../../src/bot/cards/referral-cards.js';
import { DEMO_SCHOOL_ID } from '../../../src/local/demo-identity.js';
import type { BotDriver, Scope } from '../../bot/support/bot-driver.js';
import { person } from '../../bot/support/bot-driver.js';
import { breakOnePlace, nastyString } from './hostile.js';

/** What the generators aim at: real record ids, so inputs get past "not found" into the handlers. */
export interface BotTargets {
  concernIds: string[];
  referralIds: string[];
}

const PERSONAS = ['teacher', 'dsl', 'admin', 'outsider'];
const SCOPES: Scope[] = ['personal', 'personal', 'groupChat', 'channel'];
const COMMANDS = ['help', 'log concern', 'my concerns', 'triage', 'referrals', 'digest on', 'digest off', 'hi', ''];
const CONTROL_OR_HUGE = ['', ' ', 'x\u0007y', 'a'.repeat(20_001), '\u0000'];

/** Verbs whose handlers only read (or show a form): safe to aim at real records. */
const READ_VERBS = [OPEN_FORM_VERB, VERBS.show, VERBS.hide, REFERRAL_VERBS.openChase];
/** Verbs that write when their input is valid: aimed only at records that do not exist, or with a broken form. */
const WRITE_VERBS = [SUBMIT_VERB, VERBS.triage, VERBS.withdraw, REFERRAL_VERBS.logChase];

const plausible = fc.constantFrom('child-001', 'subject', 'victim', 'welfare', 'neglect,welfare', '2026-11-28', '10:15', 'yes', 'no', 'Playground', 'triage', 'mine', 'alert', DEMO_SCHOOL_ID);
const formValue = fc.oneof(plausible, nastyString, fc.integer(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }));
const FORM_KEYS = ['child1', 'role1', 'child2', 'role2', 'categories', 'account', 'occurredDate', 'occurredTime', 'location', 'actionTaken', 'parentsInformed', 'parentsReason', 'alert', 'schoolId', 'key', 'view', 'etag', 'decision', 'note', 'method', 'nextChaseOn', 'recordedAt'];

/** Card data: the form's and the cards' own keys with plausible or hostile values, then broken in one more place. */
function cardData(ids: fc.Arbitrary<Record<string, string>>) {
  const fields = fc.dictionary(fc.constantFrom(...FORM_KEYS), formValue, { maxKeys: 12 });
  return fc.tuple(fields, ids, fc.constantFrom(...CONTROL_OR_HUGE)).chain(([f, id, badAccount]) => breakOnePlace({ ...f, ...id, account: badAccount }));
}

function cardSubmission(t: BotTargets) {
  const realIds = fc.record({ concernId: fc.constantFrom(...t.concernIds), referralId: fc.constantFrom(...t.referralIds), schoolId: fc.constant(DEMO_SCHOOL_ID) });
  const fakeIds = fc.record({ concernId: fc.oneof(fc.uuid(), nastyString), referralId: fc.oneof(fc.uuid(), nastyString) }, { requiredKeys: [] });
  const action = fc.oneof(
    fc.record({ verb: fc.constantFrom(...READ_VERBS), data: cardData(fc.oneof(realIds, fakeIds)) }),
    fc.record({ verb: fc.constantFrom(...WRITE_VERBS), data: cardData(fakeIds) }),
    fc.record({ verb: nastyString, data: fc.jsonValue({ maxDepth: 3 }) }),
  );
  return fc
    .tuple(action, fc.constantFrom('Action.Execute', 'Action.Execute', 'Action.Submit', 'x'))
    .map(([a, type]) => ({ name: 'adaptiveCard/action', value: { action: { type, ...a }, trigger: 'manual' } }));
}

/** Any activity Teams (or something pretending to be Teams) might send, from a demo persona or a stranger. */
export function activities(bot: BotDriver, t: BotTargets): fc.Arbitrary<unknown> {
  const extra = fc.oneof(
    { weight: 3, arbitrary: fc.record({ type: fc.constant('message'), text: fc.oneof(fc.constantFrom(...COMMANDS), nastyString) }) },
    { weight: 4, arbitrary: cardSubmission(t).map((inv) => ({ type: 'invoke', ...inv })) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('invoke'), name: fc.oneof(nastyString, fc.constantFrom('composeExtension/query', 'task/fetch', 'signin/verifyState')), value: fc.jsonValue({ maxDepth: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('event', 'conversationUpdate', 'installationUpdate', 'messageReaction', 'typing', 'endOfConversation'), name: nastyString, action: fc.constantFrom('add', 'remove', 'x'), value: fc.jsonValue({ maxDepth: 2 }) }) },
    { weight: 1, arbitrary: fc.record({ type: nastyString, text: nastyString }) },
  );
  const tenant = fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.oneof(fc.uuid(), nastyString) });
  const shaped = fc.tuple(fc.constantFrom(...PERSONAS), fc.constantFrom(...SCOPES), extra, tenant).map(([who, scope, x, tenantId]) => {
    const { type, ...rest } = x as { type: string };
    return bot.activity(person(who), type, rest, scope, tenantId);
  });
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 2, arbitrary: shaped.chain((a) => breakOnePlace(a)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}
