import { createRequire } from 'node:module';
import type { SqlQuerySpec } from '@azure/cosmos';

/**
 * The embedded Cosmos server (@vercel/cosmosdb-server) answers every query by
 * compiling it to JavaScript with @zeit/cosmosdb-query and running that over
 * every document of the container: no index, a full scan. The compiled FROM
 * clause is also O(n²): it builds its row list with
 *
 *   $c.reduce(($, c) => typeof c !== "undefined" ? [...$, { c: c }] : $, [])
 *
 * copying the whole list once per document. At 20,000 documents one query
 * takes ~6 s; at 100,000 it would take minutes, so the scale sections could
 * not run at all. For those sections only, this rewrites that one expression
 * into the linear `filter(...).map(...)` with the same result. The server
 * still scans every document of the container on every query — the scan is
 * what the figures show; only the quadratic copy is removed.
 *
 * `verifyLinearScan` checks on the bench's own documents and the app's own SQL
 * that both forms return identical results before any figure is taken.
 */

type Compiled = { code: string; _code: string | null };
type Executor = (coll: unknown[], opts: { code: string; parameters?: SqlQuerySpec['parameters']; maxItemCount?: number; continuation?: unknown; compositeIndexes?: unknown }) => unknown;

const requireHere = createRequire(import.meta.url);
const requireFromServer = createRequire(requireHere.resolve('@vercel/cosmosdb-server'));
const cosmosdbQuery = (requireFromServer('@zeit/cosmosdb-query') as { default: (sql: string) => Compiled }).default;
const execute = (requireFromServer('@zeit/cosmosdb-query/lib/executor') as { default: Executor }).default;

const QUADRATIC_FROM = /\$c\.reduce\(\(\$, (\w+)\) => typeof \1 !== "undefined" \? \[\.\.\.\$, \{\s*(\w+): \1\s*\}\] : \$, \[\]\)/g;

export function linearFrom(code: string): string {
  return code.replace(QUADRATIC_FROM, (_m, doc: string, alias: string) => `$c.filter((${doc}) => typeof ${doc} !== "undefined").map((${doc}) => ({ ${alias}: ${doc} }))`);
}

/** The getter as shipped, kept to produce the original code for the check. */
let shipped: ((this: Compiled) => string) | undefined;

/** Makes the server's compiled queries use the linear FROM (idempotent; this process only). */
export function installLinearScan(): void {
  if (shipped) return;
  const proto = Object.getPrototypeOf(cosmosdbQuery('SELECT * FROM c')) as object;
  const original = Object.getOwnPropertyDescriptor(proto, 'code')?.get as ((this: Compiled) => string) | undefined;
  if (!original) throw new Error('@zeit/cosmosdb-query changed: Query.prototype.code is not a getter any more');
  const rewritten = new WeakSet<object>();
  Object.defineProperty(proto, 'code', {
    configurable: true,
    get(this: Compiled) {
      const code = original.call(this);
      if (rewritten.has(this)) return code;
      rewritten.add(this);
      this._code = linearFrom(code);
      return this._code;
    },
  });
  shipped = original;
}

/**
 * Runs each query over `docs` with the compiled code as shipped and as the
 * server now runs it; throws unless the rewrite applied and every result
 * (whole, and paged) is identical.
 */
export function verifyLinearScan(docs: object[], specs: SqlQuerySpec[], compositeIndexes: unknown): void {
  if (!shipped) throw new Error('installLinearScan() first');
  const coll = docs.map((d, i) => ({ ...d, _rid: `rid${String(i).padStart(8, '0')}` }));
  for (const spec of specs) {
    const asShipped = shipped.call(cosmosdbQuery(spec.query));
    const asRun = cosmosdbQuery(spec.query).code;
    if (asRun === asShipped || asRun !== linearFrom(asShipped)) throw new Error(`linear scan not applied to: ${spec.query}`);
    for (const maxItemCount of [undefined, 7]) {
      const run = (code: string) => JSON.stringify(execute(coll, { code, parameters: spec.parameters, maxItemCount, compositeIndexes }));
      if (run(asShipped) !== run(asRun)) throw new Error(`linear scan changes the result of: ${spec.query}`);
    }
  }
}
