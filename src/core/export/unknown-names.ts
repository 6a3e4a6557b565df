import nlp from 'compromise';
import { contextOf } from './name-matcher.js';

/** "Uncle Dwayne Pritchard" names Dwayne Pritchard. */
const KINSHIP = /^(?:uncle|aunt|auntie|aunty|mum|mom|dad|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|cousin|brother|stepdad|stepmum)\s+/iu;

/** A person's name found by the named-entity pass that no list Lantern keeps knows: for the DSL to decide. */
export interface UnknownName {
  name: string;
  /** Where it was found, in words, e.g. "Concerns: What happened". */
  where: string;
  context: string;
}

/**
 * Flags person names in `text` that are not known (`isKnown` says whether a
 * name, or any word of it, is already a candidate or the subject child).
 */
export function unknownNames(text: string, where: string, isKnown: (name: string) => boolean): UnknownName[] {
  // A name no list knows starts with a capital and has no known word: a text with no such word needs no named-entity pass.
  const capitalised = text.match(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]+/gu) ?? [];
  if (!capitalised.some((w) => !isKnown(w.replace(/['’]s$/u, '')))) return [];
  const found: UnknownName[] = [];
  const seen = new Set<string>();
  const people = peopleIn(text);
  for (const p of people) {
    const raw = p.text.replace(/[^\p{L}\p{N}]+$/u, '').replace(/['’]s$/u, '');
    // "uncle Dwayne Pritchard" → "Dwayne Pritchard": the capitalised words at the end.
    const name = (raw.match(/(?:\p{Lu}[\p{L}'’-]*\.?\s*)+$/u)?.[0] ?? '').trim().replace(KINSHIP, '');
    if (name.length < 2 || !/^\p{Lu}/u.test(name) || isKnown(name) || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const at = text.indexOf(name, p.offset?.start ?? 0);
    const start = at >= 0 ? at : (p.offset?.start ?? 0);
    found.push({ name, where, context: contextOf(text, start, start + name.length) });
  }
  return found;
}

type NlpPerson = { text: string; offset?: { start: number; length: number } };
/** The named-entity pass is the costly part of a large export: the same text (a preview, then its release) is read once. */
const CACHE_LIMIT = 20_000;
const cache = new Map<string, NlpPerson[]>();
function peopleIn(text: string): NlpPerson[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const people = nlp(text).people().json({ offset: true }) as NlpPerson[];
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, people);
  return people;
}
