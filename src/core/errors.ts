/**
 * Every failure a user or caller can see carries one of these stable codes.
 * Transports map codes to HTTP statuses or card messages in one place each.
 */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_json',
  'bad_request',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'forbidden',
  'not_found',
  'version_conflict',
  'invalid_state',
  'precondition_required',
  'idempotency_key_reused',
  'already_exists',
  'rate_limited',
  'store_unavailable',
  'audit_unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `children.0.role`. */
  path: string;
  message: string;
}

export class LanternError extends Error {
  /** A finer, stable reason within the code, for clients that act on it (the tab's sign-in advice), e.g. `other_tenant`. */
  reason?: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'LanternError';
  }
}

/** The same error, carrying a stable `reason` for clients. */
export function withReason<E extends LanternError>(error: E, reason: string): E {
  error.reason = reason;
  return error;
}

export const isLanternError = (e: unknown): e is LanternError => e instanceof LanternError;

export const notFound = (what: string) => new LanternError('not_found', `${what} was not found.`);
export const forbidden = (message: string) => new LanternError('forbidden', message);
export const invalid = (message: string, problems: FieldProblem[] = []) =>
  new LanternError('validation_failed', message, problems);
