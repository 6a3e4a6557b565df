import type { FieldChange } from './concern.js';
import type { PersonRef } from './ids.js';

/** The access configuration is one record per school; its audit chain and versions use this id. */
export const ACCESS_RECORD_ID = 'access-config';

/**
 * One change to a school's access configuration, with every changed field's
 * value before and after. The audit event of the change carries no narrative;
 * this document is where an auditor reads what changed.
 */
export interface AccessConfigVersion {
  id: string;
  type: 'accessConfigVersion';
  schoolId: string;
  version: number;
  changedBy: PersonRef;
  changedAt: string;
  changes: FieldChange[];
  /** Two-person rule: the change was asked for, approved, rejected or expired; who asked and who decided. */
  proposal?: { id: string; step: 'requested' | 'approved' | 'rejected'; requestedBy: PersonRef; decidedBy?: PersonRef; summary: string[] };
}

export const accessVersionId = (version: number) => `${ACCESS_RECORD_ID}:v${version}`;
