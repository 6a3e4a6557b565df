import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useResource } from '../../src/tab/api/use-resource.js';
import { renderSignedIn } from './support/render.js';

function Probe({ path }: { path: string | null }) {
  const r = useResource<{ n: number }>(path);
  return (
    <div>
      <span>{r.loading ? 'loading' : 'idle'}</span>
      <span>{r.data ? `n=${r.data.n} etag=${r.etag}` : 'no data'}</span>
      <span>{r.error ? `error ${r.error.status}: ${r.error.message}` : 'no error'}</span>
      <button onClick={r.reload}>reload</button>
    </div>
  );
}

describe('useResource', () => {
  it('loads, exposes the ETag, and reloads on demand', async () => {
    let n = 0;
    const { calls } = renderSignedIn(<Probe path="/api/thing" />, { routes: { 'GET /api/thing': () => ({ body: { n: ++n }, etag: `"${n}"` }) } });
    expect(await screen.findByText('n=1 etag="1"')).toBeInTheDocument();
    await act(async () => screen.getByText('reload').click());
    expect(await screen.findByText('n=2 etag="2"')).toBeInTheDocument();
    expect(calls.filter((c) => c.path === '/api/thing')).toHaveLength(2);
  });

  it('reports API errors with the server message', async () => {
    renderSignedIn(<Probe path="/api/missing" />, { routes: { 'GET /api/missing': { status: 404, body: { error: { code: 'not_found', message: 'Concern was not found.' } } } } });
    expect(await screen.findByText('error 404: Concern was not found.')).toBeInTheDocument();
  });

  it('asks for nothing while the path is null', async () => {
    const { calls } = renderSignedIn(<Probe path={null} />);
    await waitFor(() => expect(screen.getByText('idle')).toBeInTheDocument());
    expect(calls).toHaveLength(0);
  });
});
