import { audit } from '../audit/audit-writer.js';
import type { Deps, RequestContext } from './context.js';
import { buildSubjectAccessExport } from './build-subject-access-export.js';
import { loadSubjectAccess } from './subject-access-access.js';

/**
 * What a release would hold now: the redacted file, and every redaction with
 * the name it withholds (for the DSL's review only), its kind, occurrences
 * and any decision. Audited as a read of the request.
 */
export async function previewSubjectAccessExport(deps: Deps, ctx: RequestContext, id: string) {
  const found = await loadSubjectAccess(deps, ctx, id, 'export', 'subjectAccess.preview');
  const built = await buildSubjectAccessExport(deps, ctx, found.value, deps.clock().toISOString());
  await audit(deps, ctx, { action: 'subjectAccess.preview', recordType: 'subjectAccessRequest', recordId: id, outcome: 'success' });
  return { etag: found.etag, preview: { redactions: built.redactions, unknownNames: built.unknownNames, withholdings: built.withholdings, defaults: built.defaults, recordIds: built.recordIds, file: built.file } };
}
