import { LanternError, type ErrorCode } from '../core/errors.js';

/**
 * The one place stable error codes become what a card says. `core` means the
 * use case's own message is written for people (it names the field, or who
 * changed the record) and is shown as it is.
 */
export const CARD_MESSAGES: Record<ErrorCode, string | 'core'> = {
  validation_failed: 'core',
  malformed_json: 'Lantern could not read that card. Type "log concern" to start again.',
  bad_request: 'Lantern could not read that card. Type "log concern" to start again.',
  method_not_allowed: 'Lantern could not read that card. Type "log concern" to start again.',
  payload_too_large: 'That is more text than one card can carry. Shorten it, or use the Lantern tab.',
  unsupported_media_type: 'Lantern could not read that card. Type "log concern" to start again.',
  unauthenticated: 'Lantern could not confirm who you are. Sign out of Teams and back in, then try again.',
  forbidden: 'core',
  not_found: 'That record was not found, or it is not yours to see. Check the reference, or ask your DSL.',
  version_conflict: 'core',
  invalid_state: 'core',
  precondition_required: 'This card is out of date. Choose Show details again, then retry.',
  idempotency_key_reused: 'This form was already used for another concern. Type "log concern" for a new form.',
  already_exists: 'That was already done.',
  rate_limited: 'Lantern is getting a lot of requests from you just now. Wait a minute, then try again.',
  store_unavailable: "Lantern's records store is not answering right now. Please try again in a minute.",
  audit_unavailable: 'Lantern could not write its audit trail, so nothing was shown or changed. Please try again in a minute.',
  internal: 'Something went wrong on our side. Please try again; if it keeps happening, tell your Lantern admin.',
};

/** The error as a card sentence; anything that is not a LanternError is `internal` and says nothing more. */
export function cardMessage(err: unknown): { code: ErrorCode; message: string } {
  const e = err instanceof LanternError ? err : new LanternError('internal', '');
  const entry = CARD_MESSAGES[e.code];
  return { code: e.code, message: entry === 'core' ? e.message : entry };
}
