import type { Deps } from '../usecases/context.js';
import { documentKey, parseDocumentKey } from './document-keys.js';

/**
 * Finishes uploads that were interrupted (docs/adr/0014-files.md): a pending
 * file older than `olderThanMs` is kept (mark removed) if its record names it,
 * and deleted otherwise. Returns what it did.
 */
export async function sweepPendingDocuments(deps: Deps, olderThanMs: number) {
  const files = deps.files?.store;
  const result = { kept: 0, deleted: 0 };
  if (!files) return result;
  const keys = await files.pendingBefore(new Date(deps.clock().getTime() - olderThanMs));
  for (const key of keys) {
    if (await namedByRecord(deps, key)) {
      await files.commit(key);
      result.kept += 1;
    } else {
      await files.discard(key);
      result.deleted += 1;
    }
  }
  return result;
}

async function namedByRecord(deps: Deps, key: string) {
  const k = parseDocumentKey(key);
  if (!k) return false;
  const found = await deps.store.concerns.get(k.schoolId, k.recordId);
  return !!found?.value.documents?.some((d) => documentKey(k.schoolId, 'concerns', k.recordId, d.id) === key);
}
