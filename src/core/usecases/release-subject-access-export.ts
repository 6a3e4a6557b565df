import { LanternError } from '../errors.js';
import type { SarRelease } from '../model/subject-access.js';
import { parseInput } from '../validation/parse.js';
import { subjectAccessReleaseSchema } from '../validation/subject-access-input.js';
import { buildSubjectAccessExport, exportJson, rendererOf } from './build-subject-access-export.js';
import { collectBytes, keepExportFiles } from '../kept-copies/kept-copies.js';
import type { Deps, RequestContext } from './context.js';
import { saveSubjectAccessChange } from './save-subject-access-change.js';
import { loadSubjectAccess } from './subject-access-access.js';
import { subjectAccessView } from './subject-access-view.js';

/**
 * Releases the export as it stands (If-Match: the version the DSL reviewed).
 * The release is a change of the request, audited in its chain, and records
 * what went out — record ids with versions, redactions withheld and released,
 * and the sha256 of the PDF and JSON — never the narrative. The files
 * themselves are kept once in storage (create-only) and every download streams
 * that copy (downloadSubjectAccessExport).
 */
export async function releaseSubjectAccessExport(deps: Deps, ctx: RequestContext, id: string, body: unknown, ifMatch?: string) {
  if (!ifMatch) throw new LanternError('precondition_required', 'Send If-Match with the ETag of the request you reviewed.');
  parseInput(subjectAccessReleaseSchema, body, 'release');
  const current = await loadSubjectAccess(deps, ctx, id, 'export', 'subjectAccess.release');
  if (current.etag !== ifMatch) throw new LanternError('version_conflict', `${current.value.updatedBy.name} changed this request after you reviewed it. Reload and review again.`);
  const sar = current.value;
  if (sar.status === 'closed') throw new LanternError('invalid_state', 'This request is closed; release before closing it.');
  if (!sar.identity.checked) throw new LanternError('invalid_state', "Record how the requester's identity was checked before releasing anything.");
  const at = deps.clock().toISOString();
  const built = await buildSubjectAccessExport(deps, ctx, sar, at);
  const renderer = rendererOf(deps);
  const bytes = { json: exportJson(built.file), pdf: await collectBytes(renderer.render(built.file)), pdfContentType: renderer.contentType };
  const { hashes, kept } = await keepExportFiles(deps, ctx.school.id, 'subject-access', id, bytes);
  const release: SarRelease = {
    id: `${sar.releases.length + 1}`,
    at,
    by: { oid: ctx.actor.oid, name: ctx.actor.name },
    files: hashes,
    ...(kept ? { kept } : {}),
    recordIds: built.recordIds,
    withheldRedactionIds: built.redactions.filter((r) => r.redacted).map((r) => r.id),
    releasedRedactionIds: built.redactions.filter((r) => !r.redacted).map((r) => r.id),
    withheld: built.withholdings.map((w) => ({ withholdingId: w.id, recordId: w.recordId, passage: !!w.passage, basis: w.basis, note: w.note })),
  };
  const saved = await saveSubjectAccessChange(deps, ctx, current, { ...sar, releases: [...sar.releases, release] }, 'subjectAccess.release', [hashes.json, hashes.pdf]);
  const base = `/api/subject-access-requests/${encodeURIComponent(id)}/releases/${release.id}`;
  return { sar: subjectAccessView(saved.value, deps.clock()), etag: saved.etag, release, files: { pdf: `${base}/pdf`, json: `${base}/json` } };
}
