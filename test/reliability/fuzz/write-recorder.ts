import { Item, Items } from '@azure/cosmos';

export interface RecordedWrite {
  method: string;
  container: string;
  /** The document's `type` (`audit`, `concern`, …), or what the call was for deletes and patches. */
  type: string;
}

type Proto = Record<string, (...args: any[]) => unknown>;

/**
 * Records every write the app attempts through the Cosmos DB SDK in this
 * process — creates, upserts, replaces, deletes, patches, batches, bulk — so a
 * fuzz property can say "nothing was stored" per input, without querying.
 */
export function recordWrites() {
  const writes: RecordedWrite[] = [];
  const undo: (() => void)[] = [];
  const patch = (proto: Proto, method: string, typesOf: (args: any[]) => string[]) => {
    const original = proto[method]!;
    proto[method] = function (this: { container?: { id?: string } }, ...args: any[]) {
      for (const type of typesOf(args)) writes.push({ method, container: this.container?.id ?? '?', type });
      return original.apply(this, args);
    };
    undo.push(() => (proto[method] = original));
  };
  const typeOf = (doc: unknown) => String((doc as { type?: unknown } | undefined)?.type ?? '?');
  const operations = (ops: unknown) => (Array.isArray(ops) ? ops : []).filter((o) => o?.operationType !== 'Read').map((o) => typeOf(o?.resourceBody));
  const items = Items.prototype as unknown as Proto;
  const item = Item.prototype as unknown as Proto;
  patch(items, 'create', (a) => [typeOf(a[0])]);
  patch(items, 'upsert', (a) => [typeOf(a[0])]);
  patch(items, 'batch', (a) => operations(a[0]));
  patch(items, 'bulk', (a) => operations(a[0]));
  patch(items, 'executeBulkOperations', (a) => operations(a[0]));
  patch(item, 'replace', (a) => [typeOf(a[0])]);
  patch(item, 'delete', () => ['(delete)']);
  patch(item, 'patch', () => ['(patch)']);
  return {
    /** Everything written except audit events (which record refusals too, by design). */
    stored: () => writes.filter((w) => w.type !== 'audit'),
    clear: () => (writes.length = 0),
    restore: () => undo.forEach((u) => u()),
  };
}
