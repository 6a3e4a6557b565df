import { describe, expect, it } from 'vitest';
import { deadlineAlertCard } from '../../src/bot/cards/deadline-cards.js';
import { referralDigestCard } from '../../src/bot/cards/referral-digest-card.js';
import { alertText, type DeadlineAlert } from '../../src/core/model/alert.js';

const alert = (kind: DeadlineAlert['kind']): DeadlineAlert => ({
  id: `alert:sar:sar-1:d1:${kind}`, type: 'alert', source: 'deadline', schoolId: 's', kind,
  deadline: { source: 'sar', recordType: 'subjectAccessRequest', recordId: 'sar-1', ref: 'S-0007AB', label: 'Subject access request S-0007AB', cycle: 'd1', path: 'subject-access/sar-1' },
  dueAt: '2026-12-01T00:00:00.000Z', raisedAt: '2026-11-27T09:00:00.000Z', audience: 'dsl', status: 'pending', deliveredTo: [],
});

describe('deadline alerts in Teams', () => {
  it('is a card with the reference and date only, and one action that opens Lantern', () => {
    const card = deadlineAlertCard('overdue', alertText(alert('overdue'), 'Europe/London'), 'https://example.test/tab/#/subject-access/sar-1');
    const json = JSON.stringify(card);
    expect(json).toContain('Subject access request S-0007AB is overdue since Tue 1 Dec');
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open in Lantern', url: 'https://example.test/tab/#/subject-access/sar-1' }]);
  });

  it('sits in the daily digest beside referral alerts', () => {
    const json = JSON.stringify(referralDigestCard([alert('due-soon')], 'https://example.test/tab/'));
    expect(json).toContain('S-0007AB');
    expect(json).toContain('Subject access request due soon');
    expect(json).toContain('Alerts digest');
    expect(json).toContain('1 alert: 1 due soon.');
  });
});

describe('action and chase alerts in Teams', () => {
  const of = (source: string, label: string, kind: DeadlineAlert['kind'], wording?: 'on-day'): DeadlineAlert => ({
    ...alert(kind), id: `alert:${source}:r-1:c1:${kind}`,
    deadline: { source, recordType: 'referral', recordId: 'r-1', ref: 'R-0042AB', label: `${label} R-0042AB`, cycle: 'c1', path: 'referrals/r-1', ...(wording && { wording }) },
  });

  it('says what they are: an action overdue (then still overdue), a chase due on its day', () => {
    const overdue = deadlineAlertCard('overdue', alertText(of('action', 'Action on concern', 'overdue'), 'Europe/London'), 'https://x.test/', 'action');
    expect(JSON.stringify(overdue)).toContain('Action overdue');
    const still = deadlineAlertCard('escalation', alertText(of('action', 'Action on concern', 'escalation'), 'Europe/London'), 'https://x.test/', 'action');
    expect(JSON.stringify(still)).toContain('Action still overdue');
    expect(JSON.stringify(still)).toContain('Action on concern R-0042AB is still overdue since Tue 1 Dec');
    const chase = deadlineAlertCard('overdue', alertText(of('chase', 'Chase of referral', 'overdue', 'on-day'), 'Europe/London'), 'https://x.test/', 'chase');
    expect(JSON.stringify(chase)).toContain('Chase due');
    expect(JSON.stringify(chase)).toContain('Chase of referral R-0042AB is due on Tue 1 Dec');
    expect(JSON.stringify(referralDigestCard([of('chase', 'Chase of referral', 'overdue', 'on-day')], 'https://x.test/'))).toContain('Chase of referral due');
  });

  it('an access change waiting for a second DSL says in words who asked for what, with no id, code or timestamp', () => {
    const label = 'Taylor Reed asked to add the group “Lantern admins” to the DSL groups. It takes effect only when another DSL approves it in Lantern (Access page); it lapses after 7 days';
    const notice: DeadlineAlert = { ...alert('due-soon'), id: 'alert:access-change:access-change-1:requested:due-soon', deadline: { source: 'access-change', recordType: 'accessConfig', recordId: 'access-change-1', ref: 'Access change', label, cycle: 'requested', path: 'access', wording: 'notice' } };
    const card = deadlineAlertCard('due-soon', alertText(notice, 'Europe/London'), 'https://example.test/tab/#/access', 'access-change');
    const json = JSON.stringify(card);
    expect(json).toContain('Access change waiting for a second DSL');
    expect(json).toContain('Taylor Reed asked to add the group “Lantern admins” to the DSL groups');
    expect(json).not.toMatch(/access-change-1|\d{4}-\d{2}-\d{2}T|due soon/);
    const digest = JSON.stringify(referralDigestCard([notice], 'https://example.test/tab/'));
    expect(digest).toContain('Taylor Reed asked to add the group');
    expect(digest).not.toMatch(/access-change-1|\d{4}-\d{2}-\d{2}T/);
  });
});
