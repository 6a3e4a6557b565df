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
    renderSignedIn(<SearchPage params={new URLSearchParams('q=r-42abcd')} />, { me: ME.dsl, routes: { 'GET /api/concerns': { body: { items: [] } } } });
    await waitFor(() => expect(screen.getByText('R-42ABCD is not a concern reference: look for it under Referrals.')).toBeInTheDocument());
  });
});
