import type { ErrorCode } from '../core/errors.js';

/** The one place stable error codes become HTTP statuses. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation_failed: 422,
  malformed_json: 400,
  bad_request: 400,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 412,
  invalid_state: 409,
  precondition_required: 428,
  idempotency_key_reused: 422,
  already_exists: 409,
  rate_limited: 429,
  store_unavailable: 503,
  audit_unavailable: 503,
  internal: 500,
};

/** Seconds a client should wait before retrying when the store is unavailable. */
export const RETRY_AFTER_SECONDS = 5;
