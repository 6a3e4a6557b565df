import type { ChronologySource } from './entry.js';
import { actionSource } from './sources/actions.js';
import { caseNoteSource } from './sources/case-notes.js';
import { concernSource } from './sources/concerns.js';
import { parentalSource } from './sources/parental.js';
import { receivedSource } from './sources/received.js';
import { referralSource } from './sources/referrals.js';
import { statusFlagSource } from './sources/status-flags.js';
import { subjectAccessSource } from './sources/subject-access.js';
import { transferSource } from './sources/transfers.js';

/**
 * Every record kind that puts entries on a child's chronology. A new record
 * kind adds its source file and one line here; the filters, the tab and the
 * PDF take its kinds from this list.
 */
export const CHRONOLOGY_SOURCES: readonly ChronologySource[] = [
  concernSource,
  actionSource,
  parentalSource,
  referralSource,
  transferSource,
  receivedSource,
  subjectAccessSource,
  caseNoteSource,
  statusFlagSource,
];

export const CHRONOLOGY_KINDS = CHRONOLOGY_SOURCES.flatMap((s) => s.kinds);
