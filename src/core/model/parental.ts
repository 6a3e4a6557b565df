import type { ParentalNotificationOp } from '../validation/parental-input.js';
import type { PersonRef } from './ids.js';
import type { Concern, ParentsInformed } from './concern.js';

/** The parental-notification decision a DSL records: told (when, by whom) or not told (why). */
export function parentalDecision(u: ParentalNotificationOp, decidedBy: PersonRef, decidedAt: string): ParentsInformed {
  const decided = { decidedBy, decidedAt };
  if (u.informed) return { informed: true, at: u.at, ...(u.by ? { by: u.by } : {}), ...(u.reason ? { reason: u.reason } : {}), ...decided };
  return { informed: false, reason: u.reason, ...decided };
}

/** One line of the report of concerns where parents/carers were not informed. */
export interface ParentalReportItem {
  concernId: string;
  ref: string;
  status: Concern['status'];
  recordedAt: string;
  occurredAt: string;
  categories: string[];
  children: { childId: string; name: string }[];
  reason: string;
  decidedBy?: PersonRef;
  decidedAt?: string;
}
