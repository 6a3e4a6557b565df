import { LanternError } from '../core/errors.js';

/** Largest token accepted; Entra tokens with many groups stay well below this. */
export const MAX_TOKEN_LENGTH = 16_384;

const HINT = 'Send an Authorization: Bearer <token> header';
/** RFC 6750 `b64token` (token68) characters; a compact JWT is a subset of these. */
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;

const fail = (message: string) => new LanternError('unauthenticated', message);

/** Extracts the token from an `Authorization: Bearer <token>` header value, or throws. */
export function parseBearer(header: string | undefined): string {
  if (header === undefined || header.trim() === '') {
    throw fail(`No credentials. ${HINT}`);
  }
  const value = header.trim();
  const space = value.indexOf(' ');
  const scheme = space === -1 ? value : value.slice(0, space);
  if (scheme.toLowerCase() !== 'bearer') {
    throw fail(`Unsupported authorization scheme. ${HINT}`);
  }
  const token = space === -1 ? '' : value.slice(space + 1);
  if (token === '') {
    throw fail(`The Bearer token is empty. ${HINT}`);
  }
  if (token.length > MAX_TOKEN_LENGTH) {
    throw fail('The Bearer token is too large');
  }
  if (!TOKEN68.test(token)) {
    throw fail('The Bearer token is malformed');
  }
  return token;
}
