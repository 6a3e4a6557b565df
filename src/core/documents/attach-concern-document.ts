import { z } from 'zod';
import { audit, chainedEvent } from '../audit/audit-writer.js';
import { LanternError } from '../errors.js';
import type { Concern, ConcernVersion } from '../model/concern.js';
import type { RecordDocument } from '../model/record-document.js';
import { allow } from '../policy/index.js';
import type { FileStore } from '../ports/file-store.js';
import { parseInput } from '../validation/parse.js';
import type { Deps, RequestContext } from '../usecases/context.js';
import { concernView } from '../usecases/concern-view.js';
import { fileDeps } from './document-deps.js';
import { decideKind, KINDS } from './document-kind.js';
import { documentKey } from './document-keys.js';
import { cleanFileName } from './file-name.js';
import { measure, readHead, tooLarge } from './upload-stream.js';

export interface Upload {
  fileName: unknown;
  /** Content-Length when the client sent one: an oversized file is refused before a byte is read. */
  declaredBytes?: number;
  body: AsyncIterable<Uint8Array>;
}

const fileNameSchema = z.string().trim().min(1, 'is required').max(255, 'must be at most 255 characters');

/**
 * Attaches a file to a concern, crash-safe: the bytes are stored first under a
 * pending mark, then the concern version naming them and its audit event, then
 * the mark is removed. A crash in between leaves a pending file that
 * `sweepPendingDocuments` deletes (no record names it) or keeps (one does).
 */
export async function attachConcernDocument(deps: Deps, ctx: RequestContext, concernId: string, upload: Upload) {
  const { store, inspector, limits } = fileDeps(deps);
  const name = cleanFileName(parseInput(fileNameSchema, upload.fileName, 'file name'));
  if ((upload.declaredBytes ?? 0) > limits.maxBytes) throw tooLarge(limits.maxBytes);
  const found = await loadForAttach(deps, ctx, concernId);
  if ((found.value.documents?.length ?? 0) >= limits.maxPerRecord) {
    throw new LanternError('invalid_state', `This concern already has ${limits.maxPerRecord} documents, the most one record may hold. Ask your DSL to start a linked concern.`);
  }
  const { head, all } = await readHead(upload.body, inspector.headBytes);
  if (head.length === 0) throw new LanternError('validation_failed', `“${name}” is empty.`);
  const kind = decideKind(name, await inspector.sniff(head), head);
  const id = deps.newId();
  const key = documentKey(ctx.school.id, 'concerns', concernId, id);
  const measured = measure(all, limits.maxBytes);
  await writeOrDiscard(store, key, () => store.writePending(key, measured.stream, KINDS[kind].mime));
  const doc: RecordDocument = { id, name, kind, ...measured.result(), addedBy: { oid: ctx.actor.oid, name: ctx.actor.name }, addedAt: deps.clock().toISOString() };
  const saved = await writeOrDiscard(store, key, () => saveDocument(deps, ctx, found, doc));
  // If this fails the sweep finds the record naming the file and keeps it.
  await store.commit(key).catch(() => undefined);
  return { concern: concernView(ctx.actor, saved.value), etag: saved.etag, document: doc };
}

async function loadForAttach(deps: Deps, ctx: RequestContext, concernId: string) {
  const found = await deps.store.concerns.get(ctx.school.id, concernId);
  if (found && allow(ctx.actor, 'attachDocument', found.value)) return found;
  await audit(deps, ctx, { action: 'concern.attachDocument', recordType: 'concern', recordId: concernId, outcome: found ? 'denied' : 'failed' });
  if (found && allow(ctx.actor, 'read', found.value)) throw new LanternError('forbidden', 'You are not allowed to attach documents to this concern. Ask your DSL.');
  throw new LanternError('not_found', 'Concern was not found.');
}

async function writeOrDiscard<T>(store: FileStore, key: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    await store.discard(key).catch(() => undefined);
    if (e instanceof LanternError) throw e;
    throw new LanternError('store_unavailable', 'The file could not be stored just now. Try again shortly.');
  }
}

/** A new concern version naming the document; another edit in between is not a conflict, so it reloads and tries again. */
async function saveDocument(deps: Deps, ctx: RequestContext, first: { value: Concern; etag: string }, doc: RecordDocument, attempts = 3) {
  let current = first;
  for (let i = 1; ; i++) {
    try {
      const [next, version, event] = withDocument(deps, ctx, current.value, doc);
      return await deps.store.concerns.replace(next, current.etag, version, event);
    } catch (e) {
      if (!(e instanceof LanternError && e.code === 'version_conflict') || i >= attempts) throw e;
      const again = await deps.store.concerns.get(ctx.school.id, current.value.id);
      if (!again) throw new LanternError('not_found', 'Concern was not found.');
      current = again;
    }
  }
}

function withDocument(deps: Deps, ctx: RequestContext, c: Concern, doc: RecordDocument) {
  const me = doc.addedBy;
  const next: Concern = { ...c, documents: [...(c.documents ?? []), doc], version: c.version + 1, updatedAt: doc.addedAt, updatedBy: me };
  const { addedBy: _b, addedAt: _a, ...after } = doc;
  const version: ConcernVersion = {
    id: `${c.id}:v${next.version}`, type: 'concernVersion', schoolId: c.schoolId, concernId: c.id,
    version: next.version, changedBy: me, changedAt: doc.addedAt, changes: [{ field: 'documents', before: null, after }],
  };
  const event = chainedEvent(deps, ctx, { action: 'concern.attachDocument', recordType: 'concern', recordId: c.id, fileHashes: [doc.sha256] }, next.version, c.auditHead, { record: next, version });
  next.auditHead = event.hash;
  return [next, version, event] as const;
}
