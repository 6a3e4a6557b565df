import type { Deps } from '../../core/usecases/context.js';
import { deleteRetentionFile } from '../../core/usecases/delete-retention-file.js';
import { getRetentionFile } from '../../core/usecases/get-retention-file.js';
import { listRetentionFiles } from '../../core/usecases/list-retention-files.js';
import { getRetentionSettings, updateRetentionSettings } from '../../core/usecases/retention-settings.js';
import { setLegalHold } from '../../core/usecases/set-legal-hold.js';
import { deleteFileSchema, legalHoldSchema, retentionListQuerySchema, retentionSettingsSchema } from '../../core/validation/retention-input.js';
import type { Operation } from '../operation.js';
import { accessEnvOf } from './access-env.js';

const withEtag = (etag: string | undefined): Record<string, string> | undefined => (etag ? { etag } : undefined);

/** Retention of closed child protection files: periods, review queue, legal hold, deletion after review. */
export const retentionOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'getRetentionSettings', method: 'get', path: '/api/retention-settings', tag: 'records',
    summary: 'Retention periods in years from date of birth, default and per category; admins and DSLs',
    success: { status: 200, description: 'The settings; ETag header for If-Match.' },
    async handle(req) {
      const r = await getRetentionSettings(deps, req.ctx);
      return { status: 200, body: r.settings, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'updateRetentionSettings', method: 'put', path: '/api/retention-settings', tag: 'records',
    summary: 'Replace the retention periods (versioned and audited); admins only',
    body: retentionSettingsSchema,
    headers: [{ name: 'If-Match', required: true, description: 'The ETag of the settings being changed.' }],
    success: { status: 200, description: 'The settings after the change; new ETag.' },
    async handle(req) {
      const r = await updateRetentionSettings(deps, req.ctx, req.body, req.header('if-match'));
      if (r.changed) accessEnvOf(deps).accessChanged(req.ctx.school.tenantId);
      return { status: 200, body: r.settings, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'listRetentionFiles', method: 'get', path: '/api/retention/files', tag: 'records',
    summary: 'The retention review queue (files due for review, oldest first); view=all for every file; DSLs only',
    query: retentionListQuerySchema,
    success: { status: 200, description: 'Files with review date, rule, hold and deletion state.' },
    handle: async (req) => ({ status: 200, body: await listRetentionFiles(deps, req.ctx, req.query) }),
  },
  {
    operationId: 'getRetentionFile', method: 'get', path: '/api/retention/files/{childId}', tag: 'records',
    summary: "One child's file: review date, rule, fingerprint, legal hold and its history; DSLs only",
    success: { status: 200, description: 'The file; ETag of its retention record once one exists.' },
    async handle(req) {
      const r = await getRetentionFile(deps, req.ctx, req.params.childId!);
      return { status: 200, body: r.file, headers: withEtag(r.etag) };
    },
  },
  {
    operationId: 'setLegalHold', method: 'put', path: '/api/retention/files/{childId}/legal-hold', tag: 'records',
    summary: 'Put a file on legal hold or release it, with a reason (audited); DSLs only',
    body: legalHoldSchema,
    headers: [{ name: 'If-Match', required: false, description: 'Required once the file has a retention record (after its first hold).' }],
    success: { status: 200, description: 'The file after the change; new ETag.' },
    async handle(req) {
      const r = await setLegalHold(deps, req.ctx, req.params.childId!, req.body, req.header('if-match'));
      return { status: 200, body: r.file, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'deleteRetentionFile', method: 'post', path: '/api/retention/files/{childId}/deletion', tag: 'records',
    summary: 'Delete a reviewed file on a DSL decision (confirm, fingerprint, rule, reason); leaves a tombstone; resumes an interrupted deletion',
    body: deleteFileSchema,
    success: { status: 200, description: 'The tombstone: who, when, rule, reason and the ids deleted — no content.' },
    async handle(req) {
      const r = await deleteRetentionFile(deps, req.ctx, req.params.childId!, req.body);
      return { status: 200, body: { ...r.tombstone, resumed: r.resumed } };
    },
  },
];
