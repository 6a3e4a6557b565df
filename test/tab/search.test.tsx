import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import SearchPage from '../../src/tab/pages/search/SearchPage.js';
import { concern, ME } from './support/data.js';
import { renderSignedIn } from './support/render.js';

describe('search page', () => {
  it('sends the reference or words to the API, newest first, and lists what comes back', async () => {
    const { calls } = renderSignedIn(<SearchPage params={new URLSearchParams('q=trampoline bruise')} />, {
      me: ME.dsl,
      routes: { 'GET /api/concerns': { body: { items: [concern({ id: 'c-9', ref: 'C-TRAMP9' })] } } },
    });
    expect(await screen.findByText('C-TRAMP9')).toBeInTheDocument();
    const get = calls.find((c) => c.path.startsWith('/api/concerns'))!;
    const params = new URLSearchParams(get.path.split('?')[1]);
    expect(params.get('q')).toBe('trampoline bruise');
    expect(params.get('order')).toBe('recordedAt-desc');
    expect(screen.getByRole('searchbox', { name: /Reference or words/ })).toHaveValue('trampoline bruise');
  });

  it('says where a referral, subject access or transfer reference is found', async () => {
    renderSignedIn(<SearchPage params={new URLSearchParams('q=t-42abcd')} />, { me: ME.dsl, routes: { 'GET /api/concerns': { body: { items: [] } } } });
    await waitFor(() => expect(screen.getByText('T-42ABCD is not a concern reference: look for it under Transfers.')).toBeInTheDocument());
  });
});

describe('search page: a referral reference', () => {
  it('links a DSL straight to the referral', async () => {
    const { calls } = renderSignedIn(<SearchPage params={new URLSearchParams('q=r-42abcd')} />, {
      me: { ...ME.dsl, roles: ['staff', 'dsl'] },
      routes: { 'GET /api/concerns': { body: { items: [] } }, 'GET /api/referrals': { body: { items: [{ id: 'ref-1', ref: 'R-42ABCD' }] } } },
    });
    const link = await screen.findByRole('link', { name: 'R-42ABCD' });
    expect(link).toHaveAttribute('href', '#/referrals/ref-1');
    expect(calls.some((c) => c.path === '/api/referrals?ref=R-42ABCD&limit=1')).toBe(true);
  });
});
