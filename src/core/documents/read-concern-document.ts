import { audit } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import { allow } from '../policy/index.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { fileDeps } from './document-deps.js';
import { isImage, KINDS } from './document-kind.js';
import { documentKey } from './document-keys.js';

export interface DocumentFile {
  fileName: string;
  contentType: string;
  body: AsyncIterable<Uint8Array> | Uint8Array;
}

/**
 * A concern's document, as stored (`download`) or as a small PNG made by the
 * server from an image's pixels (`preview`). A file takes its record's
 * need-to-know: whoever may not read the concern is told it was not found.
 * Each download and view is audited.
 */
export async function readConcernDocument(deps: Deps, ctx: RequestContext, concernId: string, documentId: string, as: 'download' | 'preview'): Promise<DocumentFile> {
  const { store, inspector } = fileDeps(deps);
  const facts = { action: as === 'download' ? 'concern.document.download' : 'concern.document.view', recordType: 'concern', recordId: concernId } as const;
  const found = await deps.store.concerns.get(ctx.school.id, concernId);
  const doc = found?.value.documents?.find((d) => d.id === documentId);
  if (!found || !allow(ctx.actor, 'read', found.value) || !doc) {
    await audit(deps, ctx, { ...facts, outcome: found && !allow(ctx.actor, 'read', found.value) ? 'denied' : 'failed' });
    throw new LanternError('not_found', 'Document was not found.');
  }
  if (as === 'preview' && !isImage(doc.kind)) throw new LanternError('not_found', 'This document has no preview; download it instead.');
  const stored = await store.read(documentKey(ctx.school.id, 'concerns', concernId, doc.id));
  if (!stored) throw new LanternError('store_unavailable', 'The file could not be read from storage just now. Try again shortly.');
  await audit(deps, ctx, { ...facts, outcome: 'success' });
  if (as === 'download') return { fileName: doc.name, contentType: KINDS[doc.kind].mime, body: stored.body };
  const preview = await inspector.preview(await collect(stored.body));
  if (!preview) throw new LanternError('not_found', 'No preview can be made of this image; download it instead.');
  return { fileName: `${doc.name.replace(/\.[^.]*$/, '')}-preview.png`, contentType: 'image/png', body: preview };
}

async function collect(body: AsyncIterable<Uint8Array>) {
  const chunks: Uint8Array[] = [];
  for await (const c of body) chunks.push(c);
  return Buffer.concat(chunks);
}
