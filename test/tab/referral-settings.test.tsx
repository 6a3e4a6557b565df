import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../src/tab/app/routes.js';
import ReferralSettingsPage from '../../src/tab/pages/referral-settings/ReferralSettingsPage.js';
import type { ReferralSettings } from '../../src/tab/pages/referral-settings/types.js';
import ConcernPage from '../../src/tab/pages/concern/ConcernPage.js';
import { concern, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const settings = (): ReferralSettings => ({
  agencies: [
    { id: 'childrens-social-care', label: "Children's social care / MASH", milestones: [
      { key: 'decision', label: 'Decision on the referral', timescale: { amount: 1, unit: 'working-days' }, startsFrom: 'made' },
      { key: 'strategy-discussion', label: 'Strategy discussion', startsFrom: 'made' },
      { key: 'icpc', label: 'Initial child protection conference', timescale: { amount: 15, unit: 'working-days' }, startsFrom: { milestone: 'strategy-discussion' } },
    ] },
    { id: 'police', label: 'Police', milestones: [{ key: 'acknowledgement', label: 'Acknowledged by the police', timescale: { amount: 10, unit: 'working-days' }, startsFrom: 'made' }] },
  ],
  alerts: { dueSoonWorkingDays: 1, escalateAfterWorkingDays: 2 },
});

describe('referral timescales page', () => {
  it('has an address, and tells a DSL it is for admins without asking the API', async () => {
    expect(parseRoute('#/referral-settings')).toEqual({ page: 'referral-settings' });
    const { calls } = renderSignedIn(<ReferralSettingsPage />, { me: ME.dsl });
    expect(await screen.findByText(/Only a Lantern admin can change agencies and timescales/)).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/referral-settings')).toBe(false);
  });

  it('shows each agency with its milestones, and what each runs from', async () => {
    renderSignedIn(<ReferralSettingsPage />, { me: ME.admin, routes: { 'GET /api/referral-settings': { body: settings(), etag: '"s1"' } } });
    const csc = await screen.findByRole('group', { name: "Agency Children's social care / MASH" });
    expect(within(csc).getByLabelText('Days for Initial child protection conference')).toHaveValue(15);
    expect(within(csc).getByLabelText('Initial child protection conference runs from')).toHaveValue('strategy-discussion');
    expect(within(csc).getByLabelText('Days for Strategy discussion')).toHaveValue(null);
    expect(within(csc).queryByRole('button', { name: /Remove agency/ })).not.toBeInTheDocument();
  });

  it('renames an agency, retimes a milestone, adds an agency with a milestone and the alert settings, and saves with If-Match', async () => {
    const { calls } = renderSignedIn(<ReferralSettingsPage />, {
      me: ME.admin,
      routes: {
        'GET /api/referral-settings': { body: settings(), etag: '"s1"' },
        'PUT /api/referral-settings': (call) => ({ body: call.body, etag: '"s2"' }),
      },
    });
    const form = await screen.findByRole('form', { name: 'Referral timescales' });
    const police = within(form).getByRole('group', { name: 'Agency Police' });
    await userEvent.clear(within(police).getByLabelText(/^Name/));
    await userEvent.type(within(police).getByLabelText(/^Name/), 'Police (CAIT)');
    const days = within(form).getByLabelText('Days for Decision on the referral');
    await userEvent.clear(days);
    await userEvent.type(days, '2');
    await userEvent.selectOptions(within(form).getByLabelText('Unit for Decision on the referral'), 'calendar days');
    await userEvent.type(within(form).getByLabelText(/New agency name/), 'Youth offending team');
    await userEvent.click(within(form).getByRole('button', { name: 'Add agency' }));
    const yot = within(form).getByRole('group', { name: 'Agency Youth offending team' });
    await userEvent.click(within(yot).getByRole('button', { name: 'Add a milestone to Youth offending team' }));
    await userEvent.type(within(yot).getByRole('textbox', { name: /^Milestone/ }), 'Panel meeting');
    const dueSoon = within(form).getByLabelText(/Alert this many working days/);
    await userEvent.clear(dueSoon);
    await userEvent.type(dueSoon, '3');
    await userEvent.click(within(form).getByRole('button', { name: 'Save timescales' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers['if-match']).toBe('"s1"');
    const body = put.body as ReferralSettings;
    expect(body.alerts).toEqual({ dueSoonWorkingDays: 3, escalateAfterWorkingDays: 2 });
    expect(body.agencies.map((a) => [a.id, a.label])).toEqual([['childrens-social-care', "Children's social care / MASH"], ['police', 'Police (CAIT)'], ['youth-offending-team', 'Youth offending team']]);
    expect(body.agencies[0]!.milestones[0]).toEqual({ key: 'decision', label: 'Decision on the referral', timescale: { amount: 2, unit: 'calendar-days' }, startsFrom: 'made' });
    expect(body.agencies[0]!.milestones[2]!.startsFrom).toEqual({ milestone: 'strategy-discussion' });
    expect(body.agencies[2]!.milestones).toEqual([{ key: 'milestone', label: 'Panel meeting', timescale: { amount: 10, unit: 'working-days' }, startsFrom: 'made' }]);
  });

  it("shows the API's problem by the milestone, and on a conflict reloads and says the change was not saved", async () => {
    let reply: 'invalid' | 'conflict' = 'invalid';
    let stored = settings();
    renderSignedIn(<ReferralSettingsPage />, {
      me: ME.admin,
      routes: {
        'GET /api/referral-settings': () => ({ body: stored, etag: `"s${stored.alerts.escalateAfterWorkingDays}"` }),
        'PUT /api/referral-settings': () => {
          if (reply === 'invalid') return { status: 422, body: { error: { code: 'validation_failed', message: 'Check the settings.', problems: [{ path: 'agencies.0.milestones.2.startsFrom.milestone', message: 'runs in a circle (icpc → strategy-discussion → icpc)' }] } } };
          stored = { ...settings(), alerts: { dueSoonWorkingDays: 1, escalateAfterWorkingDays: 5 } };
          return { status: 412, body: { error: { code: 'version_conflict', message: 'Someone else changed the school settings after you opened them.' } } };
        },
      },
    });
    const form = await screen.findByRole('form', { name: 'Referral timescales' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save timescales' }));
    expect((await screen.findAllByText(/runs in a circle/)).length).toBeGreaterThan(1);
    reply = 'conflict';
    await userEvent.click(within(form).getByRole('button', { name: 'Save timescales' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('your changes were not saved');
    await waitFor(() => expect(screen.getByLabelText(/Escalate to the head/)).toHaveValue(5));
  });

  it('shows a label with markup as text', async () => {
    const s = settings();
    s.agencies[1]!.label = '<img src=x onerror=alert(1)>';
    const { container } = renderSignedIn(<ReferralSettingsPage />, { me: ME.admin, routes: { 'GET /api/referral-settings': { body: s, etag: '"s1"' } } });
    expect(await screen.findByRole('group', { name: 'Agency <img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it("offers the school's own agencies, under the school's names, when a DSL refers", async () => {
    const s = settings();
    s.agencies.push({ id: 'youth-offending', label: 'Youth offending team', milestones: [] });
    const { calls } = renderSignedIn(<ConcernPage id="c-1" />, {
      me: ME.dsl,
      routes: {
        'GET /api/concerns/c-1': { body: concern(), etag: '"v1"' },
        'GET /api/referral-settings': { body: s, etag: '"s1"' },
        'POST /api/referrals': { status: 201, body: { id: 'r-9' } },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Refer to an agency' }));
    const form = screen.getByRole('form', { name: 'Refer to an agency' });
    const agency = within(form).getByRole('combobox', { name: /Agency/ });
    await waitFor(() => expect(within(agency).getByRole('option', { name: 'Youth offending team' })).toBeInTheDocument());
    expect(within(agency).getAllByRole('option').map((o) => o.textContent)).toEqual(["Children's social care / MASH", 'Police', 'Youth offending team']);
    await userEvent.selectOptions(agency, 'youth-offending');
    await userEvent.click(within(form).getByRole('button', { name: 'Record referral' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect((calls.find((c) => c.method === 'POST')!.body as { agency: string }).agency).toBe('youth-offending');
  });
});
