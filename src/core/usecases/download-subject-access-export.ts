import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { parseInput } from '../validation/parse.js';
import { exportFileSchema } from '../validation/subject-access-input.js';
import { buildSubjectAccessExport, exportJson, rendererOf, sha256Hex } from './build-subject-access-export.js';
import type { Deps, RequestContext } from './context.js';
import { loadSubjectAccess } from './subject-access-access.js';
import { readKeptFile } from '../kept-copies/kept-copies.js';

export interface ExportDownload {
  fileName: string;
  contentType: string;
  sha256: string;
  body: AsyncIterable<Uint8Array>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * One released file. A release made with file storage streams its kept copy,
 * byte for byte, whatever has happened to the records since. An older one is
 * rebuilt from the records as released and checked against the release's
 * recorded hash before anything is sent: if the child's records changed since,
 * the DSL is told to release again. The PDF streams.
 */
export async function downloadSubjectAccessExport(deps: Deps, ctx: RequestContext, id: string, releaseId: string, format: unknown): Promise<ExportDownload> {
  const kind = parseInput(exportFileSchema, format, 'file format');
  const found = await loadSubjectAccess(deps, ctx, id, 'export', 'subjectAccess.download');
  const release = found.value.releases.find((r) => r.id === releaseId);
  if (!release) throw new LanternError('not_found', 'This request has no such release.');
  const fileName = `${found.value.ref}-release-${release.id}.${kind}`;
  if (release.kept) {
    const sha256 = release.files[kind];
    const kept = await readKeptFile(deps, ctx.school.id, 'subject-access', id, sha256, kind);
    await audit(deps, ctx, { action: `subjectAccess.download.${kind}`, recordType: 'subjectAccessRequest', recordId: id, outcome: 'success', fileHashes: [sha256] });
    return { fileName, contentType: kind === 'json' ? JSON_TYPE : rendererOf(deps).contentType, sha256, body: kept.body };
  }
  const built = await buildSubjectAccessExport(deps, ctx, found.value, release.at);
  const json = exportJson(built.file);
  if (sha256Hex(json) !== release.files.json) {
    throw new LanternError('invalid_state', "The child's records changed after this release, so its files can no longer be reproduced exactly. Release again.");
  }
  await audit(deps, ctx, { action: `subjectAccess.download.${kind}`, recordType: 'subjectAccessRequest', recordId: id, outcome: 'success' });
  if (kind === 'json') return { fileName, contentType: JSON_TYPE, sha256: release.files.json, body: once(json) };
  const renderer = rendererOf(deps);
  return { fileName, contentType: renderer.contentType, sha256: release.files.pdf, body: renderer.render(built.file, { timeZone: ctx.school.timeZone }) };
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}
