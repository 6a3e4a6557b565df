import { describe, expect, it } from 'vitest';
import { hashFromSubPageId, href, parseRoute } from '../../src/tab/app/routes.js';

describe('hash routes', () => {
  it('reads the stable page addresses', () => {
    expect(parseRoute('')).toEqual({ page: 'home' });
    expect(parseRoute('#/')).toEqual({ page: 'home' });
    expect(parseRoute('#/concerns/c-123')).toEqual({ page: 'concern', id: 'c-123' });
    expect(parseRoute('#/children/child-008')).toEqual({ page: 'child', id: 'child-008' });
    expect(parseRoute('#/referrals/r-1')).toEqual({ page: 'referral', id: 'r-1' });
    expect(parseRoute('#/log')).toEqual({ page: 'log' });
    expect(parseRoute('#/mine')).toEqual({ page: 'mine' });
    expect(parseRoute('#/concerns/c-123?logged=1')).toEqual({ page: 'concern', id: 'c-123' });
  });

  it('keeps search filters and refuses ids that are not Lantern ids', () => {
    const search = parseRoute('#/search?status=new&category=welfare');
    expect(search.page === 'search' && search.params.get('status')).toBe('new');
    expect(parseRoute('#/concerns/<script>').page).toBe('not-found');
    expect(parseRoute('#/concerns/javascript:alert(1)%20').page).toBe('not-found');
    expect(parseRoute('#/concerns/%E0%A4%A').page).toBe('not-found');
    expect(parseRoute('#/concerns/a/b').page).toBe('not-found');
    expect(parseRoute('#/elsewhere').page).toBe('not-found');
  });

  it('builds links from ids only, encoded', () => {
    expect(href.concern('c-1')).toBe('#/concerns/c-1');
    expect(href.child('a b')).toBe('#/children/a%20b');
    expect(href.search({ status: 'new', category: '' })).toBe('#/search?status=new');
  });

  it('turns a Teams deep link (subEntityId) into the same page', () => {
    expect(hashFromSubPageId('concerns/c-9')).toBe('#/concerns/c-9');
    expect(hashFromSubPageId('#/children/child-1')).toBe('#/children/child-1');
    expect(hashFromSubPageId('')).toBeUndefined();
    expect(hashFromSubPageId('nonsense/x/y')).toBeUndefined();
  });
});
