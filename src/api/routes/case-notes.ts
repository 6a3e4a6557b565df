import type { Deps } from '../../core/usecases/context.js';
import { createCaseNote } from '../../core/case-notes/create-case-note.js';
import { listCaseNotes } from '../../core/case-notes/list-case-notes.js';
import { updateCaseNote } from '../../core/case-notes/update-case-note.js';
import { caseNoteInputSchema, caseNoteUpdateSchema, listCaseNotesQuerySchema } from '../../core/case-notes/case-note-input.js';
import type { Operation } from '../operation.js';

const IDEMPOTENCY = { name: 'Idempotency-Key', required: false, description: 'Retry-safe key; a retry returns the original note.' };

export const caseNoteOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'createCaseNote',
    method: 'post',
    path: '/api/case-notes',
    summary: 'Record a call, meeting, conversation or note on a child or a concern; a follow-up date on a concern becomes an action',
    tag: 'case notes',
    body: caseNoteInputSchema,
    headers: [IDEMPOTENCY],
    success: { status: 201, description: 'The note; ETag header for If-Match.' },
    async handle(req) {
      const r = await createCaseNote(deps, req.ctx, req.body, req.header('idempotency-key'));
      const headers: Record<string, string> = { etag: r.etag };
      if (r.replayed) headers['idempotent-replayed'] = 'true';
      return { status: r.replayed ? 200 : 201, body: r.note, headers };
    },
  },
  {
    operationId: 'listCaseNotes',
    method: 'get',
    path: '/api/case-notes',
    summary: 'The case notes on a child (childId) or a concern (concernId) that the caller may read, oldest first',
    tag: 'case notes',
    query: listCaseNotesQuerySchema,
    success: { status: 200, description: 'The notes.' },
    handle: async (req) => ({ status: 200, body: await listCaseNotes(deps, req.ctx, req.query) }),
  },
  {
    operationId: 'updateCaseNote',
    method: 'patch',
    path: '/api/case-notes/{id}',
    summary: "Correct a note, or mark a child-only note's follow-up done",
    tag: 'case notes',
    body: caseNoteUpdateSchema,
    headers: [{ name: 'If-Match', required: true, description: 'The ETag of the version being changed.' }],
    success: { status: 200, description: 'The note after the change; new ETag.' },
    async handle(req) {
      const r = await updateCaseNote(deps, req.ctx, req.params.id!, req.body, req.header('if-match'));
      return { status: 200, body: r.note, headers: { etag: r.etag } };
    },
  },
];
