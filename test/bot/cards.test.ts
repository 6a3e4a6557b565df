import { describe, expect, it } from 'vitest';
import { card, type AdaptiveCard } from '../../src/bot/cards/adaptive.js';
import { concernFormCard, type ConcernFormModel } from '../../src/bot/cards/concern-form-card.js';
import { confirmationCard, recordedCard } from '../../src/bot/cards/confirmation-card.js';
import { detailsCard, type DetailsModel } from '../../src/bot/cards/details-card.js';
import { chooseSchoolCard, helpCard, noticeCard, personalChatCard } from '../../src/bot/cards/notice-cards.js';
import {
  alertCard, alertWithdrawnCard, triageCard, triageDigestCard, triagedCard,
} from '../../src/bot/cards/proactive-cards.js';
import { chaseFormCard, chaseLoggedCard, referralAlertCard } from '../../src/bot/cards/referral-cards.js';
import { emptyFormValues } from '../../src/bot/form/form-values.js';
import { concernView } from '../../src/core/usecases/concern-view.js';
import { makeChild, makeConcern, makeSchool } from '../support/fixtures.js';
import { cardProblems } from './support/card-validity.js';

const school = makeSchool();
const child = makeChild({ givenName: 'Zebedee', familyName: 'Quill', yearGroup: '4' });
const dsl = { tenantId: school.tenantId, oid: '00000000-0000-4000-8000-0000000000d5', name: 'D S L', schoolId: school.id, roles: ['staff', 'dsl'] as const, readableCategories: [] };
const raw = makeConcern({
  schoolId: school.id, ref: 'C-ABCDEF', children: [{ childId: child.id, role: 'victim' }], account: 'Said "it hurts" & pointed to [arm] *here*.',
  alertedStaff: [{ oid: '00000000-0000-4000-8000-0000000000a1', name: 'Pat Lee' }], parentsInformed: { informed: false, reason: 'DSL to decide' },
});
const view = concernView({ ...dsl, roles: [...dsl.roles] }, raw, [child]);
const ref = { schoolId: school.id, concernId: raw.id, ref: raw.ref };

const form = (over: Partial<ConcernFormModel> = {}): AdaptiveCard =>
  concernFormCard({
    formKey: '6f1c1c56-3d0b-4f62-9d7e-2f9a3b4c5d6e', schoolId: school.id,
    children: Array.from({ length: 40 }, (_, i) => ({ id: `child-${i}`, name: `Child Number${i}`, yearGroup: String(i % 7) })),
    categories: school.categories.map((c) => ({ id: c.id, name: c.name })),
    colleagues: Array.from({ length: 40 }, (_, i) => ({ oid: `00000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`, name: `Colleague ${i}` })),
    values: emptyFormValues('2026-11-27', '10:15'),
    ...over,
  });
const details = (over: Partial<DetailsModel> = {}) =>
  detailsCard({ concern: view, etag: '"e1"', view: 'triage', categoryNames: ['Welfare'], timeZone: 'Europe/London', openInLantern: 'https://x/tab/', canWithdraw: true, ...over });

const referralRef = { schoolId: school.id, referralId: 'referral-1', ref: 'R-0042' };
const chaseForm = (over: Partial<Parameters<typeof chaseFormCard>[0]> = {}) =>
  chaseFormCard({ ...referralRef, contactKey: '6f1c1c56-3d0b-4f62-9d7e-2f9a3b4c5d6e', values: { method: '', who: '', summary: '', nextChaseDate: '' }, ...over });

const STATES: [string, AdaptiveCard][] = [
  ['form: fresh, largest static roster', form()],
  ['form: after a refusal, values and problems kept', form({
    values: { ...emptyFormValues('2026-11-27', '10:15'), children: [{ childId: 'child-1', role: 'witness' }, ...emptyFormValues('', '').children.slice(1)], account: 'typed', alert: ['a'] },
    problems: { account: 'Required — please fill this in.', child1: 'x', parentsReason: 'y' }, notice: 'Your concern was NOT saved.',
  })],
  ['form: a child named in a hidden slot', form({ values: { ...emptyFormValues('2026-11-27', '10:15'), children: emptyFormValues('', '').children.map((c, i) => (i === 5 ? { childId: 'child-2', role: 'subject' } : c)) } })],
  ['form: roster searched with Teams typeahead', form({ children: 'search' })],
  ['form: nobody to alert yet', form({ colleagues: [] })],
  ['confirmation', confirmationCard({ concern: view, etag: '"e1"', categoryNames: ['Welfare'], timeZone: 'Europe/London', openInLantern: 'https://x', canWithdraw: true })],
  ['confirmation after a withdrawal', confirmationCard({ concern: { ...view, alertedStaff: [] }, etag: '"e2"', categoryNames: ['Welfare'], timeZone: 'Europe/London', openInLantern: 'https://x', canWithdraw: true, notice: 'Alert to Pat Lee withdrawn.' })],
  ['recorded (details hidden)', recordedCard(ref, 'https://x')],
  ['details: triage view for a DSL', details()],
  ['details: triage refused, typed kept', details({ triage: { decision: 'monitor', reasons: 'r', problem: 'Not saved — reasons: is required.' } })],
  ['details: conflict notice', details({ notice: 'Not saved. Someone changed this concern.' })],
  ['details: alert view, no withdraw', details({ view: 'alert', canWithdraw: false })],
  ['details: already triaged', details({ concern: { ...view, status: 'triaged', can: { ...view.can, triage: false }, triage: { decision: 'monitor', reasons: 'r', by: { oid: 'o', name: 'D S L' }, at: raw.recordedAt } } })],
  ['alert', alertCard(ref, 'https://x')],
  ['alert withdrawn', alertWithdrawnCard(raw.ref)],
  ['triage', triageCard(ref, raw.recordedAt, 'Europe/London', 'https://x')],
  ['triaged', triagedCard(raw.ref, 'D S L', 'refer-to-agency', 'https://x')],
  ['triage digest', triageDigestCard(3, 'https://x')],
  ['referral alert', referralAlertCard(referralRef, 'overdue', 'Referral R-0042 (LADO): decision overdue since Mon 2 Mar 10:00 — open Lantern', 'https://x')],
  ['referral alert: due soon', referralAlertCard(referralRef, 'due-soon', 'Referral R-0042 (LADO): decision due Mon 2 Mar 10:00 — open Lantern', 'https://x')],
  ['chase form: fresh', chaseForm()],
  ['chase form: after a refusal, values and problems kept', chaseForm({
    values: { method: 'email', who: '', summary: 'typed', nextChaseDate: 'soon' }, problems: { chaseWho: 'Required — please fill this in.', chaseNext: 'x' }, notice: 'Your chase was NOT saved.',
  })],
  ['chase logged', chaseLoggedCard('R-0042', 'phone', '2026-12-01', 'https://x')],
  ['personal chat only', personalChatCard('https://teams.microsoft.com/l/chat/0/0?users=28:x')],
  ['help (DSL)', helpCard(true)],
  ['choose school', chooseSchoolCard([school, makeSchool({ id: 's2', schoolId: 's2', name: 'Second' })])],
  ['notice', noticeCard('Lantern', 'Something happened.', [], 'problem')],
];

describe('card builders', () => {
  it.each(STATES)('%s: a valid Adaptive Card 1.5 for Teams', (_name, built) => {
    expect(cardProblems(built)).toEqual([]);
  });

  it('the validity check itself catches a misspelt property, a missing label and a duplicate id', () => {
    const bad = card([
      { type: 'Input.Text', id: 'a', label: 'A', isMultline: true } as never,
      { type: 'Input.Text', id: 'a' } as never,
    ]);
    const problems = cardProblems(bad).join('\n');
    expect(problems).toMatch(/isMultline: not a property/);
    expect(problems).toMatch(/input a has no visible label/);
    expect(problems).toMatch(/duplicate id a/);
  });

  it('proactive cards name no child and carry no detail of the concern', () => {
    const proactive = [referralAlertCard(referralRef, 'overdue', 'Referral R-0042 (LADO): decision overdue since Mon 2 Mar 10:00 — open Lantern', 'https://x'), chaseLoggedCard('R-0042', 'phone', undefined, 'https://x'), alertCard(ref, 'https://x'), triageCard(ref, raw.recordedAt, 'Europe/London', 'https://x'), triagedCard(raw.ref, 'D S L', 'monitor', 'https://x'), alertWithdrawnCard(raw.ref), triageDigestCard(2, 'https://x')];
    for (const c of proactive) expect(JSON.stringify(c)).not.toMatch(/Zebedee|Quill|hurts|arm|Welfare|victim|DSL to decide/);
  });

  it('the confirmation left in the chat names no child and repeats no account', () => {
    const c = STATES.find(([n]) => n === 'confirmation')![1];
    expect(JSON.stringify(c)).not.toMatch(/Zebedee|Quill|hurts/);
    expect(JSON.stringify(c)).toMatch(/1 child/);
  });

  it('shows typed text literally in the details (no Markdown), and the child with year and role', () => {
    const json = JSON.stringify(details());
    expect(json).toContain('{"type":"TextRun","text":"Said \\"it hurts\\" & pointed to [arm] *here*."}');
    expect(json).toContain('Zebedee Quill (Year 4) — victim');
    expect(json).toContain('No — DSL to decide');
  });

  it('keeps the largest static form well inside the Teams card size limit', () => {
    expect(JSON.stringify(form()).length).toBeLessThan(24_000);
  });
});

describe('my concerns', () => {
  it('lists references and states only, with a button per concern', async () => {
    const { myConcernsCard } = await import('../../src/bot/cards/my-concerns-card.js');
    const c = myConcernsCard({ concerns: [view], myOid: raw.createdBy.oid, timeZone: 'Europe/London', openLantern: 'https://x' });
    expect(cardProblems(c)).toEqual([]);
    expect(JSON.stringify(c)).toContain('C-ABCDEF — logged by you');
    expect(JSON.stringify(c)).not.toMatch(/Zebedee|hurts/);
    expect(cardProblems(myConcernsCard({ concerns: [], myOid: 'x', timeZone: 'Europe/London', openLantern: 'https://x' }))).toEqual([]);
  });
});

describe('referral cards', () => {
  const alert = referralAlertCard(
    { schoolId: 's1', referralId: 'ref-1', ref: 'R-0042' }, 'overdue',
    "Referral R-0042 (Children's social care / MASH): decision on the referral overdue since Fri 27 Nov 17:00 — open Lantern", 'https://x/tab/#/referrals/ref-1',
  );

  it('the alert shows the line without "open Lantern" and offers "Log a chase" with the ids, and the link', () => {
    expect(alert.body[1]).toMatchObject({ text: "Referral R-0042 (Children's social care / MASH): decision on the referral overdue since Fri 27 Nov 17:00" });
    expect(alert.actions).toEqual([
      { type: 'Action.Execute', title: 'Log a chase', verb: 'openReferralChase', data: { schoolId: 's1', referralId: 'ref-1', ref: 'R-0042' } },
      { type: 'Action.OpenUrl', title: 'Open in Lantern', url: 'https://x/tab/#/referrals/ref-1' },
    ]);
  });

  it('the chase form offers the five contact methods, carries its key, and sends its inputs', () => {
    const form = chaseFormCard({ schoolId: 's1', referralId: 'ref-1', ref: 'R-0042', contactKey: 'key-12345678', values: { method: '', who: '', summary: '', nextChaseDate: '' } });
    const method = form.body.find((e) => 'id' in e && e.id === 'chaseMethod') as { choices: { value: string }[] };
    expect(method.choices.map((c) => c.value)).toEqual(['letter', 'phone', 'email', 'meeting', 'portal']);
    expect(form.actions?.[0]).toMatchObject({ verb: 'logReferralChase', associatedInputs: 'auto', data: { referralId: 'ref-1', contactKey: 'key-12345678' } });
  });

  it('the confirmation says the method and next chase date only', () => {
    expect(JSON.stringify(chaseLoggedCard('R-0042', 'phone', '2026-12-01', 'https://x'))).toContain('Phone call added to the referral\'s contact log. Next chase: Tue 1 Dec 2026.');
  });
});
