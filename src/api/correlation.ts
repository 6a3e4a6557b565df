import { randomUUID } from 'node:crypto';

const SAFE = /^[A-Za-z0-9._:-]{8,64}$/;

/** The caller's correlation id if it is a plain token, otherwise a fresh one. */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE.test(value) ? value : randomUUID();
}
