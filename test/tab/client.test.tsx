import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, query } from '../../src/tab/api/client.js';
import { fakeFetch } from './support/fake-api.js';

describe('API client', () => {
  it('sends the bearer token and reads the ETag', async () => {
    const { fetch, calls } = fakeFetch({ 'GET /api/concerns/c-1': { body: { id: 'c-1' }, etag: '"v1"' } });
    const api = createApiClient({ token: async () => 'abc', fetch });
    const r = await api.get('/api/concerns/c-1');
    expect(r).toEqual({ data: { id: 'c-1' }, etag: '"v1"' });
    expect(calls[0]!.headers.authorization).toBe('Bearer abc');
  });

  it('asks for a fresh token once after a 401, then gives up', async () => {
    let n = 0;
    const { fetch, calls } = fakeFetch({ 'GET /api/me': (c) => (c.headers.authorization === 'Bearer fresh' ? { body: { ok: true } } : { status: 401, body: { error: { code: 'unauthenticated', message: 'expired' } } }) });
    const api = createApiClient({ token: async (fresh) => (n++, fresh ? 'fresh' : 'stale'), fetch });
    expect((await api.get('/api/me')).data).toEqual({ ok: true });
    expect(calls).toHaveLength(2);
    const never = createApiClient({ token: async () => 'stale', fetch });
    await expect(never.get('/api/me')).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it('turns error bodies into ApiError with the problems, and sends JSON with the given headers', async () => {
    const problems = [{ path: 'reasons', message: 'is required' }];
    const { fetch, calls } = fakeFetch({ 'PATCH /api/concerns/c-1': { status: 422, body: { error: { code: 'validation_failed', message: 'The change is not valid', problems } } } });
    const api = createApiClient({ token: async () => 't', fetch, schoolId: () => 'school-b' });
    const error = await api.send('PATCH', '/api/concerns/c-1', { op: 'triage' }, { 'if-match': '"v1"' }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'validation_failed', problems });
    expect(calls[0]).toMatchObject({ body: { op: 'triage' }, headers: { 'if-match': '"v1"', 'content-type': 'application/json', 'lantern-school-id': 'school-b' } });
  });

  it('builds query strings from set values only', () => {
    expect(query({ a: 'x y', b: undefined, c: '', d: 3 })).toBe('?a=x+y&d=3');
    expect(query({})).toBe('');
  });
});
