import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Dashboard } from '../../src/tab/pages/home/Dashboard.js';
import { dashboard } from './support/data.js';
import { renderSignedIn } from './support/render.js';

const notFound = { status: 404, body: { error: { code: 'not_found', message: 'No such endpoint. See /api/openapi.json.' } } };

function renderDashboard(routes = {}) {
  return renderSignedIn(<Dashboard />, { routes: { 'GET /api/dashboard': { body: dashboard() }, 'GET /api/referrals': notFound, ...routes } });
}

describe('DSL dashboard', () => {
  it('shows the triage queue with the total waiting, and links every item to its record', async () => {
    renderDashboard();
    const triage = await screen.findByRole('region', { name: 'Triage queue' });
    expect(within(triage).getByRole('link', { name: 'C-ABC234' })).toHaveAttribute('href', '#/concerns/c-1');
    expect(within(triage).getByRole('link', { name: 'Harry Nguyen' })).toHaveAttribute('href', '#/children/child-008');
    expect(within(triage).getByRole('link', { name: 'See all 5' })).toHaveAttribute('href', '#/search?status=new');
    expect(within(triage).getByText('Welfare')).toBeInTheDocument();
  });

  it('separates overdue actions from those due soon', async () => {
    renderDashboard();
    const overdue = await screen.findByRole('list', { name: 'Overdue actions' });
    expect(within(overdue).getByText('Phone home')).toBeInTheDocument();
    expect(within(overdue).getByText('Overdue by 2 day(s)')).toBeInTheDocument();
    const soon = screen.getByRole('list', { name: 'Actions due soon' });
    expect(within(soon).getByText('Meet parents')).toBeInTheDocument();
  });

  it('says referrals arrive soon while the referrals API does not exist', async () => {
    renderDashboard();
    const referrals = await screen.findByRole('region', { name: 'Referrals' });
    expect(await within(referrals).findByText('Referrals arrive soon.')).toBeInTheDocument();
  });

  it('lists overdue referrals once the API answers', async () => {
    const overdue = { id: 'r-1', ref: 'R-0042', agency: 'childrens-social-care', agencyName: "Children's social care", childId: 'child-008', nextDueAt: '2026-11-26T17:00:00Z', milestones: [], contacts: [] };
    renderDashboard({
      'GET /api/referrals?status=overdue': { body: { items: [overdue] } },
      'GET /api/referrals?status=due-soon': { body: { items: [overdue] } },
      'GET /api/children': { body: { items: [{ id: 'child-008', name: 'Harry Nguyen', yearGroup: '1' }] } },
    });
    const list = await screen.findByRole('list', { name: 'Overdue referrals' });
    expect(within(list).getByRole('link', { name: 'R-0042' })).toHaveAttribute('href', '#/referrals/r-1');
    expect(await within(list).findByRole('link', { name: 'Harry Nguyen' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Referrals due soon' })).not.toBeInTheDocument();
  });

  it('flags children by the pattern rule', async () => {
    renderDashboard();
    const flags = await screen.findByRole('region', { name: 'Pattern flags' });
    expect(within(flags).getByText('Children with 3 or more concerns in the last 30 days.')).toBeInTheDocument();
    expect(within(flags).getByText('3 concerns')).toBeInTheDocument();
  });

  it('draws counts by category for the chosen period as an accessible table', async () => {
    renderDashboard();
    const chart = await screen.findByRole('table', { name: 'Concerns by category, This term (Autumn term)' });
    expect(within(chart).getByRole('rowheader', { name: 'Welfare' }).closest('tr')).toHaveTextContent('9');
    await userEvent.click(screen.getByRole('radio', { name: 'This week' }));
    const week = await screen.findByRole('table', { name: 'Concerns by category, This week' });
    expect(within(week).getByRole('rowheader', { name: 'Welfare' }).closest('tr')).toHaveTextContent('2');
  });

  it('shows the API error with a retry when the dashboard cannot load', async () => {
    renderSignedIn(<Dashboard />, { routes: { 'GET /api/dashboard': { status: 503, body: { error: { code: 'store_unavailable', message: 'The store is unavailable.' } } } } });
    expect(await screen.findByText('The store is unavailable.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
