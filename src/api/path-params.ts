import { notFound } from '../core/errors.js';
import { recordId } from '../core/validation/text.js';

/**
 * Every path parameter names a record. A value that cannot be a Lantern id
 * (empty, too long, or with characters such as `/`, `#` or `?` that Cosmos DB
 * refuses in ids) names no record: 404, before it reaches a use case or the store.
 */
export function recordIdParams(params: Record<string, string> | undefined): Record<string, string> {
  const values = params ?? {};
  for (const value of Object.values(values)) if (!recordId.safeParse(value).success) throw notFound('That record');
  return values;
}
