import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { href, parseRoute } from '../../src/tab/app/routes.js';
import AdultConcernPage from '../../src/tab/pages/adults/AdultConcernPage.js';
import AdultConcernsPage from '../../src/tab/pages/adults/AdultConcernsPage.js';
import { renderSignedIn } from './support/render.js';

const HEAD = { name: 'Morgan Hale' };
const record = (overrides: Record<string, unknown> = {}) => ({
  id: 'ac-1', ref: 'A-7K3QF9', kind: 'allegation', status: 'open', route: 'headteacher', selfReport: false,
  subject: { kind: 'supply-worker', name: 'Pat Jones', organisation: 'Supply Co' },
  account: 'A pupil said <b>he</b> grabbed her arm.', occurredAt: '2026-12-03T09:00:00Z', recordedAt: '2026-12-03T10:00:00Z',
  createdBy: { name: 'Jo Bennett' }, harms: ['harmed-child'], version: 1,
  lado: { dueAt: '2026-12-04T17:00:00Z', contacts: [] }, ladoOverdue: false,
  abilities: { ladoReferral: true, outcome: true },
  ...overrides,
});

describe('concerns about adults in the tab', () => {
  it('has its own addresses, as the alert cards link them', () => {
    expect(parseRoute('#/adult-concerns')).toEqual({ page: 'adult-concerns' });
    expect(parseRoute('#/adult-concerns/ac-1')).toEqual({ page: 'adult-concern', id: 'ac-1' });
    expect(href.adultConcern('ac-1')).toBe('#/adult-concerns/ac-1');
  });

  it('lists them for case managers, flagging repeated concerns about one adult, with no id or timestamp shown', async () => {
    renderSignedIn(<AdultConcernsPage />, {
      routes: { 'GET /api/adult-concerns': { body: { items: [{ ...record(), ladoDueAt: '2026-12-04T17:00:00Z', recordsAboutThisAdult: 2, pattern: true }] } } },
    });
    const list = await screen.findByRole('list', { name: 'Concerns about adults' });
    expect(within(list).getByRole('link', { name: 'Allegation A-7K3QF9' })).toHaveAttribute('href', '#/adult-concerns/ac-1');
    expect(list).toHaveTextContent('Pat Jones (Supply worker, Supply Co)');
    expect(list).toHaveTextContent('2 concerns about this adult');
    expect(list.textContent).not.toMatch(/ac-1|2026-12-04T/);
  });

  it('shows the record and records the LADO referral with If-Match at the school-clock time', async () => {
    let stored = record();
    const { calls } = renderSignedIn(<AdultConcernPage id="ac-1" />, {
      routes: {
        'GET /api/adult-concerns/ac-1': () => ({ body: stored, etag: '"v1"' }),
        'PATCH /api/adult-concerns/ac-1': (call) => {
          const b = call.body as { referredAt: string; advice: string };
          stored = record({ lado: { dueAt: '2026-12-04T17:00:00Z', referredAt: b.referredAt, referredBy: HEAD, advice: b.advice, contacts: [] }, abilities: { ladoReferral: false } });
          return { body: stored, etag: '"v2"' };
        },
      },
    });
    expect(await screen.findByRole('heading', { name: 'Allegation A-7K3QF9' })).toBeInTheDocument();
    expect(screen.getByText('A pupil said <b>he</b> grabbed her arm.')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Record the LADO referral' });
    const date = form.querySelector('input[type="date"]') as HTMLInputElement;
    const time = form.querySelector('input[type="time"]') as HTMLInputElement;
    await userEvent.clear(date);
    await userEvent.type(date, '2026-12-03');
    await userEvent.clear(time);
    await userEvent.type(time, '14:30');
    await userEvent.type(within(form).getByRole('textbox'), 'No strategy discussion needed.');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the LADO referral' }));
    expect(await screen.findByText(/No strategy discussion needed/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({
      headers: { 'if-match': '"v1"' }, body: { op: 'ladoReferral', referredAt: '2026-12-03T14:30:00.000Z', advice: 'No strategy discussion needed.' },
    });
    expect(screen.queryByRole('form', { name: 'Record the LADO referral' })).toBeNull();
  });

  it('records the outcome and shows the retention review it sets, in words', async () => {
    let stored = record({ lado: { dueAt: '2026-12-04T17:00:00Z', referredAt: '2026-12-03T14:30:00Z', referredBy: HEAD, contacts: [] }, abilities: { outcome: true } });
    const { calls } = renderSignedIn(<AdultConcernPage id="ac-1" />, {
      routes: {
        'GET /api/adult-concerns/ac-1': () => ({ body: stored, etag: '"v3"' }),
        'PATCH /api/adult-concerns/ac-1': (call) => {
          const b = call.body as { outcome: string; decidedAt: string; summary: string };
          stored = record({
            outcome: { outcome: b.outcome, decidedAt: b.decidedAt, decidedBy: HEAD, summary: b.summary, referrals: [] },
            outcomeDefinition: 'There is sufficient evidence to disprove the allegation.',
            retention: { reviewOn: b.decidedAt, action: 'remove-from-personnel-record', basis: 'A false allegation is removed from personnel records unless the person asks for it to be kept.' },
            abilities: {},
          });
          return { body: stored, etag: '"v4"' };
        },
      },
    });
    const form = await screen.findByRole('form', { name: 'Record the outcome' });
    await userEvent.selectOptions(within(form).getByRole('combobox'), 'false');
    const date = form.querySelector('input[type="date"]') as HTMLInputElement;
    await userEvent.clear(date);
    await userEvent.type(date, '2026-12-10');
    await userEvent.type(within(form).getByRole('textbox'), 'CCTV showed it did not happen.');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the outcome' }));
    expect(await screen.findByText('Remove from personnel records')).toBeInTheDocument();
    expect(screen.getByText(/False: There is sufficient evidence to disprove/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({
      headers: { 'if-match': '"v3"' }, body: { op: 'outcome', outcome: 'false', decidedAt: '2026-12-10', summary: 'CCTV showed it did not happen.', referrals: [] },
    });
    expect(document.body.textContent).not.toMatch(/2026-12-10|remove-from-personnel-record/);
  });
});
