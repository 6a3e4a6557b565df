import { LanternError } from '../core/errors.js';

/** HTTP statuses Cosmos uses for "try again later": timeout, throttled, retry-with, unavailable. */
const TRANSIENT_STATUSES = new Set([408, 429, 449, 503]);

/** Node / SDK error codes of a connection that failed or never answered. */
const TRANSPORT_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH',
  'ENETUNREACH', 'UND_ERR_SOCKET', 'TimeoutError', 'AbortError',
]);

const UNAVAILABLE = 'The records store is not answering right now. Please try again shortly.';

/** The HTTP status of a Cosmos error response, if it has one. */
export function cosmosStatus(e: unknown): number | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

export function isTransientStatus(status: number): boolean {
  return TRANSIENT_STATUSES.has(status);
}

function isTransport(e: unknown): boolean {
  const { code, name } = (e ?? {}) as { code?: unknown; name?: unknown };
  return TRANSPORT_CODES.has(String(code)) || TRANSPORT_CODES.has(String(name));
}

export function storeUnavailable(message = UNAVAILABLE, cause?: unknown): LanternError {
  const err = new LanternError('store_unavailable', message);
  if (cause !== undefined) err.cause = cause;
  return err;
}

/**
 * Maps a status code to a Lantern error. `what` names the record, e.g. "This concern".
 * Returns undefined for statuses with no stable meaning to callers.
 */
export function errorForStatus(status: number, what = 'This record', cause?: unknown): LanternError | undefined {
  if (status === 409) return new LanternError('already_exists', `${what} already exists.`);
  if (status === 412) {
    return new LanternError('version_conflict', `Someone else changed ${lower(what)} since you loaded it. Reload and try again.`);
  }
  if (isTransientStatus(status)) return storeUnavailable(UNAVAILABLE, cause);
  return undefined;
}

/**
 * The SDK refuses, before sending, an id Cosmos cannot hold (empty, or with
 * `/`, `\\`, `#`): no record can have it. Ids reach the store from paths and
 * card data, so this is "not found", never a fault.
 */
const isImpossibleId = (e: unknown) => e instanceof Error && /Resource ID/.test(e.message) && cosmosStatus(e) === undefined;

/** Translates anything the Cosmos SDK throws; unknown failures are passed through unchanged. */
export function toStoreError(e: unknown, what?: string): unknown {
  if (e instanceof LanternError) return e;
  if (isImpossibleId(e)) return new LanternError('not_found', `${what ?? 'This record'} was not found.`);
  const status = cosmosStatus(e);
  if (status !== undefined) return errorForStatus(status, what, e) ?? e;
  if (isTransport(e)) return storeUnavailable(UNAVAILABLE, e);
  return e;
}

/** Runs a Cosmos call, rethrowing its failure as a Lantern error where one applies. */
export async function guard<T>(call: () => Promise<T>, what?: string): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw toStoreError(e, what);
  }
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
