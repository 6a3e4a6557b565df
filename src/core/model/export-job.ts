import type { Actor } from './actor.js';

export const EXPORT_JOB_STAGES = ['queued', 'gathering', 'rendering', 'keeping', 'done', 'failed'] as const;
export type ExportJobStage = (typeof EXPORT_JOB_STAGES)[number];

/**
 * A large export built in the background (docs/adr/XXXX-export-jobs.md): the
 * request answers 202 with the job, the sweep builds the files, and the
 * requester polls it (the tab shows its progress) and gets a Teams message
 * when it is ready. A job whose lease runs out (the instance stopped
 * mid-build) is picked up again by the next sweep; the release it makes
 * carries the job's id, so a job run twice never releases twice.
 */
export interface ExportJob {
  id: string;
  type: 'exportJob';
  schoolId: string;
  kind: 'subject-access-release';
  /** The subject access request being released, and its reference (what the message names; never a child). */
  recordId: string;
  ref: string;
  /** The ETag of the request version the DSL reviewed: the release is of exactly that version. */
  reviewedEtag: string;
  /** Who asked, as they were when they asked: the job acts as them. */
  requestedBy: Actor;
  requestedAt: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  stage: ExportJobStage;
  /** 0–100. */
  percent: number;
  /** How many records the file holds, once counted. */
  records?: number;
  attempts: number;
  /** While running: until when this instance holds it. */
  leaseUntil?: string;
  holder?: string;
  result?: { releaseId: string; files: { pdf: string; json: string } };
  /** A failure, in words for the requester. */
  error?: string;
  /** The requester was sent a Teams message that it finished. */
  notifiedAt?: string;
  updatedAt: string;
}

/** Attempts before a job is marked failed (each after its lease ran out or it threw). */
export const EXPORT_JOB_MAX_ATTEMPTS = 3;
