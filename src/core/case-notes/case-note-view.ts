import type { Actor } from '../model/actor.js';
import { allowCaseNote } from '../policy/index.js';
import type { CaseNote } from './case-note.js';

/** What a caller sees of a note: its content and whether they may correct it, never bookkeeping. */
export function caseNoteView(actor: Actor, note: CaseNote) {
  const { requestHash: _h, auditHead: _a, type: _t, schoolId: _s, ...visible } = note;
  return { ...visible, can: { update: allowCaseNote(actor, 'update', note) } };
}

export type CaseNoteView = ReturnType<typeof caseNoteView>;
