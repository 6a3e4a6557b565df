import type { DeadlineSource } from '../ports/deadline-source.js';
import { subjectAccessDeadlines } from './subject-access-deadlines.js';
import { transferReceiptDeadlines, transferSendDeadlines } from './transfer-deadlines.js';
import { actionDeadlines } from '../actions/action-deadlines.js';
import { chaseDeadlines } from '../chase/chase-deadlines.js';
import { ladoDeadlines } from '../adults/lado-deadlines.js';

/** Every source of deadline alerts the sweep checks. Add a source here (e.g. transfer receipts). */
export const DEADLINE_SOURCES: readonly DeadlineSource[] = [subjectAccessDeadlines, transferReceiptDeadlines, transferSendDeadlines, actionDeadlines, chaseDeadlines, ladoDeadlines];
