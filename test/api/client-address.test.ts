import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, isLoopback } from '../../src/api/client-address.js';

const req = (socket: string, xff?: string | string[]) => ({ socket: { remoteAddress: socket }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }) as unknown as IncomingMessage;

describe('the address a request is counted against', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress(req('203.0.113.9', '198.51.100.1'), 0)).toBe('203.0.113.9');
    expect(clientAddress(req('::ffff:127.0.0.1'), 0)).toBe('127.0.0.1');
  });

  it('behind one proxy is the entry it appended (App Service adds the port), not what the client wrote before it', () => {
    expect(clientAddress(req('10.0.0.4', '198.51.100.1, 203.0.113.9:51234'), 1)).toBe('203.0.113.9');
    expect(clientAddress(req('10.0.0.4', ['198.51.100.1', '[2001:db8::7]:443']), 1)).toBe('2001:db8::7');
  });

  it('behind two proxies is the entry the outer one wrote', () => {
    expect(clientAddress(req('10.0.0.4', '198.51.100.1, 203.0.113.9, 10.1.1.1'), 2)).toBe('203.0.113.9');
  });

  it('falls back to the socket when the header is missing, short or not an address', () => {
    expect(clientAddress(req('10.0.0.4'), 1)).toBe('10.0.0.4');
    expect(clientAddress(req('10.0.0.4', '203.0.113.9'), 2)).toBe('10.0.0.4');
    expect(clientAddress(req('10.0.0.4', '<script>'), 1)).toBe('10.0.0.4');
  });

  it('knows loopback', () => {
    expect(['127.0.0.1', '::1', '127.8.9.10'].every(isLoopback)).toBe(true);
    expect(['10.0.0.1', '203.0.113.9', '::ffff:127.0.0.1'].some(isLoopback)).toBe(false);
  });
});
