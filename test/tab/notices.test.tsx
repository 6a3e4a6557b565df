import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useResource } from '../../src/tab/api/use-resource.js';
import { ErrorNotice } from '../../src/tab/components/Notices.js';
import { renderSignedIn } from './support/render.js';

function Probe() {
  const r = useResource<unknown>('/api/thing');
  return r.error ? <ErrorNotice error={r.error} /> : <span>no error</span>;
}

describe('error notices', () => {
  it.each([
    [429, 'rate_limited', 'Too many requests. Wait 12 seconds, then try again.', 'Too many requests'],
    [503, 'store_unavailable', 'The records store is not answering right now. Please try again shortly.', 'Lantern is busy'],
  ])('a %i tells the person what happened and what to do, in the words the API chose', async (status, code, message, title) => {
    renderSignedIn(<Probe />, { routes: { 'GET /api/thing': () => ({ status, body: { error: { code, message } } }) } });
    expect(await screen.findByText(title)).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
  });
});
