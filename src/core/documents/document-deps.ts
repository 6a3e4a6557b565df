import { LanternError } from '../errors.js';
import type { Deps } from '../usecases/context.js';

export const DEFAULT_DOCUMENT_LIMITS = { maxBytes: 25 * 1024 * 1024, maxPerRecord: 20 };

/** The file store and inspector, or a clear 503 where this instance has no file storage configured. */
export function fileDeps(deps: Deps) {
  if (!deps.files?.store || !deps.files.inspector) {
    throw new LanternError('store_unavailable', 'Documents are not available: this Lantern has no file storage configured. Ask your Lantern admin.');
  }
  return { store: deps.files.store, inspector: deps.files.inspector, limits: deps.files.limits ?? DEFAULT_DOCUMENT_LIMITS };
}
