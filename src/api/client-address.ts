import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from. Behind `trustedHops` proxies that each
 * append to X-Forwarded-For (App Service's front end: 1), it is the entry the
 * outermost trusted proxy wrote; entries before it are the client's own claims
 * and are ignored. Anything unreadable falls back to the socket's address.
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socket = plain(req.socket.remoteAddress ?? '') ?? 'unknown';
  if (trustedHops === 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((s) => s.trim()).filter(Boolean);
  const entry = entries[entries.length - trustedHops];
  return (entry && plain(entry)) || socket;
}

export const isLoopback = (address: string) => address === '::1' || address.startsWith('127.');

/** An IP address without port, brackets or the IPv4-mapped IPv6 prefix; undefined when it is not an address. */
function plain(raw: string): string | undefined {
  let a = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  if (a.toLowerCase().startsWith('::ffff:') && isIP(a.slice(7)) === 4) a = a.slice(7);
  return isIP(a) ? a.toLowerCase() : undefined;
}
