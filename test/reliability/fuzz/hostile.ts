import fc from 'fast-check';

/** Text an attacker or a broken client might put anywhere. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE c; --",
    'SELECT * FROM c WHERE c.schoolId != ""',
    '__proto__',
    'constructor',
    'prototype',
    '../../etc/passwd',
    '%00',
    '\u0000',
    '\uFEFF',
    '\uD800',
    'ﷺ﷽',
    '👩‍👩‍👧‍👦',
    '${7*7}',
    '{{7*7}}',
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    'null',
    'undefined',
    'true',
    '',
    ' ',
  ),
  fc.integer({ min: 1, max: 4 }).map((k) => 'x'.repeat(10 ** k + 1)),
);

/** A JSON value (as text) nested `depth` levels deep. */
export const deepNesting = fc.tuple(fc.integer({ min: 50, max: 2000 }), fc.constantFrom('[', '{"a":')).map(([depth, open]) => {
  const close = open === '[' ? ']' : '}';
  return open.repeat(depth) + '1' + close.repeat(depth);
});

/** JSON text with prototype-pollution keys spliced into the top-level object of `json`. */
export function withPollutionKeys(json: string): fc.Arbitrary<string> {
  return fc
    .constantFrom(
      '"__proto__":{"polluted":"yes","isAdmin":true}',
      '"constructor":{"prototype":{"polluted":"yes"}}',
      '"__proto__":null',
      '"prototype":{"polluted":"yes"}',
      '"hasOwnProperty":1',
      '"toString":"x"',
    )
    .map((keys) => (json.startsWith('{') && json !== '{}' ? `{${keys},${json.slice(1)}` : json.startsWith('{') ? `{${keys}}` : json));
}

/** Breaks a value at one random place: a wrong type, a hostile string, a removed or an unknown key. */
export function breakOnePlace(value: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(value);
  const wrong = fc.oneof(nastyString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.jsonValue({ maxDepth: 2 }));
  return fc.tuple(fc.constantFrom(...paths), wrong, fc.constantFrom('replace', 'delete', 'extra')).map(([path, replacement, how]) => edit(value, path, replacement, how));
}

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (value && typeof value === 'object' && at.length < 5) {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

function edit(value: unknown, path: Path, replacement: unknown, how: string): unknown {
  if (!path.length) return how === 'extra' && isObject(value) ? { ...value, unexpected: replacement } : replacement;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  const [head, ...rest] = path;
  if (rest.length) copy[head!] = edit(copy[head!], rest, replacement, how);
  else if (how === 'delete') Array.isArray(copy) ? copy.splice(Number(head), 1) : delete copy[head!];
  else if (how === 'extra' && isObject(copy[head!])) copy[head!] = { ...copy[head!], unexpected: replacement };
  else copy[head!] = replacement;
  return copy;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
