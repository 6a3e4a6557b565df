import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Shell } from '../../src/tab/app/Shell.js';
import { HomePage } from '../../src/tab/pages/home/HomePage.js';
import { concern, dashboard, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

describe('home and navigation follow the policy hints', () => {
  it('a DSL lands on the dashboard and sees every page in the navigation', async () => {
    renderSignedIn(
      <Shell route={{ page: 'home' }}>
        <HomePage />
      </Shell>,
      { me: ME.dsl, routes: { 'GET /api/dashboard': { body: dashboard() } } },
    );
    expect(await screen.findByRole('heading', { name: 'Safeguarding dashboard' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Lantern' });
    expect(within(nav).getAllByRole('link').map((l) => l.textContent)).toEqual(['Home', 'Log a concern', 'My concerns', 'My actions', 'Referrals', 'Alerts', 'Subject access', 'Search', 'Parents not informed', 'Transfers', 'Retention', 'Access', 'Audit trail']);
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  });

  it('a teacher lands on My concerns, with no dashboard or search', async () => {
    const { calls } = renderSignedIn(
      <Shell route={{ page: 'home' }}>
        <HomePage />
      </Shell>,
      { me: ME.teacher, routes: { 'GET /api/me/concerns': { body: { items: [concern({ ref: 'C-MINE22' })] } } } },
    );
    expect(await screen.findByRole('link', { name: 'C-MINE22' })).toBeInTheDocument();
    expect(screen.getByText('· you logged this', { exact: false })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Lantern' });
    expect(within(nav).queryByRole('link', { name: 'Search' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Access' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Referrals' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.path.startsWith('/api/dashboard'))).toBe(false);
  });

  it('an admin who reads no concern content is offered neither logging nor lists', async () => {
    renderSignedIn(
      <Shell route={{ page: 'home' }}>
        <HomePage />
      </Shell>,
      { me: ME.admin },
    );
    expect(await screen.findByText(/You do not see concerns or children/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Your tasks' })).getAllByRole('link').map((l) => l.textContent)).toEqual(['Access', 'Audit trail', 'School calendar', 'Referral timescales', 'Retention periods']);
    expect(document.body).not.toHaveTextContent('soon');
    const nav = screen.getByRole('navigation', { name: 'Lantern' });
    expect(within(nav).getAllByRole('link').map((l) => l.textContent)).toEqual(['Home', 'Access', 'Audit trail', 'School calendar', 'Referral timescales', 'Retention periods']);
  });
});
