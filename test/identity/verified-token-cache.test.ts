import { describe, expect, it } from 'vitest';
import { LanternError } from '../../src/core/errors.js';
import type { VerifiedToken } from '../../src/identity/claims.js';
import { withVerifiedTokenCache } from '../../src/identity/verified-token-cache.js';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = (exp: number, salt = 'a') => `Bearer ${b64({ alg: 'RS256' })}.${b64({ exp, salt })}.sig`;
const verified: VerifiedToken = { tenantId: 't', oid: 'o', name: 'n', groups: [], groupsOverage: false, scopes: ['access_as_user'], clientId: 'c' };

function counting(fail = false) {
  let calls = 0;
  return {
    calls: () => calls,
    validator: {
      async validate() {
        calls++;
        if (fail) throw new LanternError('unauthenticated', 'bad');
        return verified;
      },
    },
  };
}

describe('verified token cache', () => {
  it('verifies a token once while it is valid', async () => {
    let now = 1_000_000;
    const inner = counting();
    const cached = withVerifiedTokenCache(inner.validator, { now: () => now });
    const t = token(now / 1000 + 3600);
    await cached.validate(t);
    await cached.validate(t);
    expect(inner.calls()).toBe(1);
    now += 5 * 60_000; // past the 5-minute ceiling
    await cached.validate(t);
    expect(inner.calls()).toBe(2);
  });

  it('stops trusting a token at its expiry', async () => {
    let now = 1_000_000;
    const inner = counting();
    const cached = withVerifiedTokenCache(inner.validator, { now: () => now });
    const t = token(now / 1000 + 10);
    await cached.validate(t);
    now += 11_000;
    await cached.validate(t);
    expect(inner.calls()).toBe(2);
  });

  it('never caches a failure, and a changed token is checked afresh', async () => {
    const inner = counting(true);
    const cached = withVerifiedTokenCache(inner.validator);
    const t = token(Date.now() / 1000 + 3600);
    await expect(cached.validate(t)).rejects.toThrow('bad');
    await expect(cached.validate(t)).rejects.toThrow('bad');
    expect(inner.calls()).toBe(2);
  });
});
