import type { Container, SqlQuerySpec } from '@azure/cosmos';
import { invalid } from '../core/errors.js';
import type { Page, PageRequest } from '../core/ports/store.js';
import { cosmosStatus, guard, toStoreError } from './cosmos-errors.js';
import { stripSystemFields } from './documents.js';

const MAX_PAGE = 1000;
/** Page size used when draining a whole result set: fewer round trips, well under Cosmos's 4 MB page cap. */
const DRAIN_PAGE = 1000;

export const encodeCursor = (continuation: string) => Buffer.from(continuation, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url');
  if (cursor.length === 0 || decoded.toString('base64url') !== cursor) throw badCursor();
  const continuation = decoded.toString('utf8');
  // Cosmos continuation tokens are printable ASCII and travel in a request header; anything else is not ours.
  if (!/^[\x20-\x7e]+$/.test(continuation)) throw badCursor();
  return continuation;
}

const badCursor = () => invalid('The page cursor is not valid. Start again from the first page.');

/** One page of a single-partition query; `cursor` is an opaque wrapper of Cosmos's continuation token. */
export async function queryPage<T>(
  container: Container,
  partitionKey: string,
  spec: SqlQuerySpec,
  page: PageRequest,
): Promise<Page<T>> {
  const continuationToken = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
  const maxItemCount = Number.isFinite(page.limit) ? Math.max(1, Math.min(MAX_PAGE, Math.floor(page.limit))) : MAX_PAGE;
  try {
    const iterator = container.items.query(spec, { partitionKey, maxItemCount, continuationToken });
    const response = await iterator.fetchNext();
    const items = response.resources.map((doc) => stripSystemFields<T>(doc));
    const next = response.hasMoreResults ? response.continuationToken : undefined;
    return next ? { items, cursor: encodeCursor(next) } : { items };
  } catch (e) {
    // Cosmos answers a tampered or foreign continuation token with 400.
    if (continuationToken !== undefined && cosmosStatus(e) === 400) throw badCursor();
    throw toStoreError(e);
  }
}

/** Every result of a single-partition query, all pages drained. */
export async function queryAll<T>(container: Container, partitionKey: string, spec: SqlQuerySpec): Promise<T[]> {
  return guard(async () => {
    const iterator = container.items.query(spec, { partitionKey, maxItemCount: DRAIN_PAGE });
    const { resources } = await iterator.fetchAll();
    return resources.map((doc) => stripSystemFields<T>(doc));
  });
}
