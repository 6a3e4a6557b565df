import { describe, expect, it } from 'vitest';
import { createMembershipCache } from '../../../src/identity/membership-cache.js';

describe('membership cache', () => {
  it('keeps an answer for the window and asks again after it', async () => {
    let now = 0;
    let calls = 0;
    const cache = createMembershipCache(300_000, () => now);
    const load = async () => [`g${++calls}`];
    expect(await cache.get('k', load)).toEqual(['g1']);
    now = 299_999;
    expect(await cache.get('k', load)).toEqual(['g1']);
    now = 300_000;
    expect(await cache.get('k', load)).toEqual(['g2']);
  });

  it('never keeps a failure', async () => {
    const cache = createMembershipCache(300_000, () => 0);
    await expect(cache.get('k', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', async () => ['g'])).toEqual(['g']);
  });

  it('shares one look-up between concurrent callers', async () => {
    const cache = createMembershipCache(300_000, () => 0);
    let calls = 0;
    const load = () => new Promise<string[]>((resolve) => setTimeout(() => resolve([`g${++calls}`]), 10));
    expect(await Promise.all([cache.get('k', load), cache.get('k', load)])).toEqual([['g1'], ['g1']]);
  });

  it('caches nothing with a zero window, and forgets everything on clear', async () => {
    let calls = 0;
    const load = async () => [`g${++calls}`];
    const none = createMembershipCache(0, () => 0);
    await none.get('k', load);
    expect(await none.get('k', load)).toEqual(['g2']);
    const cache = createMembershipCache(300_000, () => 0);
    await cache.get('k', load);
    cache.clear();
    expect(await cache.get('k', load)).toEqual(['g4']);
  });
});
