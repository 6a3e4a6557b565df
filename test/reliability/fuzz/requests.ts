import fc from 'fast-check';
import { z } from 'zod';
import type { Operation } from '../../../src/api/operation.js';
import { breakOnePlace, deepNesting, nastyString, withPollutionKeys } from './hostile.js';
import { shapedBy, type JsonSchema } from './shaped.js';

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** What the generators need to know about the running app: real ids to aim at, tokens, etags. */
export interface FuzzTarget {
  /** Real ids by `path:param`, or by parameter name alone (e.g. `childId`). */
  ids: Record<string, string[]>;
  /** Authorization header values: the operation's own persona first, then other people and other schools. */
  authorizations(op: Operation): { own: string; others: string[] };
  etags: string[];
  schoolIds: string[];
}

const PRINTABLE = fc.constantFrom(...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)));
/** A header value fetch will send: printable ASCII, sometimes long. */
export const headerValue = fc.oneof(fc.string({ unit: PRINTABLE, maxLength: 40 }), fc.constantFrom('', '*', 'null', '__proto__', '<script>', 'x'.repeat(2000)));

/** encodeURIComponent, with lone surrogates (which it refuses) replaced. */
const enc = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

const schemaOf = (s: z.ZodType): JsonSchema => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/**
 * A path parameter: a real record id (so writes get past "not found" to their
 * body; `realWeight` in 5), else hostile text, encoded or deliberately mis-encoded.
 */
function pathParam(real: string[], realWeight: number) {
  const hostile = fc.oneof(
    nastyString.map((s) => enc(s.slice(0, 3000))),
    fc.constantFrom('%', '%E0%A4%A', '%ZZ', '..', '%2e%2e', 'a%2Fb', '%00', 'undefined', '%F0%9F%98'),
  );
  return real.length ? fc.oneof({ weight: realWeight, arbitrary: fc.constantFrom(...real) }, { weight: 5 - realWeight, arbitrary: hostile }) : hostile;
}

/** A query string: the operation's own parameters with shaped or hostile values, unknown keys, repeats, bad encodings. */
function queryString(op: Operation) {
  const props = op.query ? (schemaOf(op.query).properties ?? {}) : {};
  const keys = [...Object.keys(props), '__proto__', 'constructor', '__proto__[polluted]', 'a[b]', 'a[]', 'cursor', 'limit'];
  // A cursor that decodes cleanly to text: it reaches the store as a continuation token.
  const forgedCursor = fc.oneof(fc.string({ unit: PRINTABLE, maxLength: 200 }), fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v))).map((s) => Buffer.from(s).toString('base64url'));
  const value = (key: string) => key === 'cursor' ? fc.oneof(forgedCursor, nastyString) : fc.oneof(props[key] ? shapedBy(props[key]!).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '')) : nastyString, nastyString, fc.integer().map(String));
  const pair = fc.constantFrom(...keys).chain((k) => value(k).map((v) => `${enc(k)}=${enc(v.slice(0, 3000))}`));
  const raw = fc.constantFrom('%', 'limit=%ZZ', 'status=%E0%A4%A', '&&&', '=', 'a=1&a=2&a=3', '__proto__[isAdmin]=true', 'constructor[prototype][polluted]=yes');
  return fc.array(fc.oneof({ weight: 4, arbitrary: pair }, { weight: 1, arbitrary: raw }), { maxLength: 5 }).map((parts) => (parts.length ? `?${parts.join('&')}` : ''));
}

/** The request body as bytes on the wire. */
function body(op: Operation): fc.Arbitrary<string | Uint8Array> {
  const shaped = op.body ? shapedBy(schemaOf(op.body)) : fc.jsonValue({ maxDepth: 3 });
  const broken = shaped.chain((v) => breakOnePlace(v)).map((v) => JSON.stringify(v) ?? 'null');
  return fc.oneof(
    { weight: 24, arbitrary: broken },
    { weight: 8, arbitrary: broken.chain(withPollutionKeys) },
    { weight: 8, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 3, arbitrary: deepNesting },
    // Just over the default body limit (256 KiB): rare, since each one is a quarter of a megabyte on the wire.
    { weight: 1, arbitrary: fc.integer({ min: 257, max: 300 }).map((k) => JSON.stringify({ account: 'a'.repeat(k * 1024) })) },
    { weight: 3, arbitrary: fc.oneof(nastyString, fc.constantFrom('', '{', '{"a":1,}', "{'a':1}", 'NaN', '[1,2', '\u0000')) },
    { weight: 3, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  );
}

function headers(op: Operation, target: FuzzTarget) {
  const { own, others } = target.authorizations(op);
  const authorization = fc.oneof(
    { weight: 8, arbitrary: fc.constant(own) },
    { weight: 1, arbitrary: fc.constantFrom(...others) },
    { weight: 1, arbitrary: fc.oneof(headerValue, headerValue.map((v) => `Bearer ${v}`), fc.constantFrom('Bearer', 'Basic dXNlcjpwYXNz', 'Bearer a.b.c', `${own} ${own}`, own.toLowerCase(), `bearer   ${own.slice(7)}`)) },
  );
  const contentType = fc.oneof(
    { weight: 6, arbitrary: fc.constant('application/json') },
    { weight: 1, arbitrary: fc.constantFrom('application/json; charset=utf-16', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json;;;', 'APPLICATION/JSON', '') },
    { weight: 1, arbitrary: headerValue },
  );
  const maybe = (a: fc.Arbitrary<string>) => fc.option(a, { nil: undefined, freq: 2 });
  return fc
    .record({
      authorization: maybe(authorization),
      'content-type': maybe(contentType),
      'idempotency-key': maybe(fc.oneof(fc.uuid(), headerValue)),
      'if-match': maybe(fc.oneof(fc.constantFrom(...target.etags, '*', 'W/"1"', '"0"'), headerValue)),
      'lantern-school-id': maybe(fc.oneof(fc.constantFrom(...target.schoolIds), headerValue)),
      'x-correlation-id': maybe(headerValue),
    })
    .map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>);
}

/** Requests for one operation: hostile path parameters, query, headers and (for writes) body. */
export function requestsFor(op: Operation, target: FuzzTarget): fc.Arbitrary<FuzzRequest> {
  const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const path = fc.tuple(...params.map((p) => pathParam(target.ids[`${op.path}:${p}`] ?? target.ids[p] ?? [], op.method === 'get' ? 1 : 3))).map((values) => params.reduce((acc, p, i) => acc.replace(`{${p}}`, values[i]!), op.path));
  const hasBody = op.method !== 'get';
  return fc.record({
    method: fc.constant(op.method.toUpperCase()),
    path: fc.tuple(path, queryString(op)).map(([p, q]) => p + q),
    headers: headers(op, target),
    body: hasBody ? body(op) : fc.constant(undefined),
  });
}
