import type { Referral, ReferralContact } from '../model/referral.js';

/**
 * The referral's pending chase is the latest contact's: logging a contact (the
 * chase itself) clears the previous chase date, or sets the next one.
 */
export function withChase(r: Referral, latest: ReferralContact): Referral {
  const { chaseOn: _d, chaseContactId: _c, ...rest } = r;
  return latest.nextChaseDate ? { ...rest, chaseOn: latest.nextChaseDate, chaseContactId: latest.id } : rest;
}
