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
  if (!/\p{Lu}/u.test(text)) return [];
  const found: UnknownName[] = [];
  const seen = new Set<string>();
  const people = nlp(text).people().json({ offset: true }) as { text: string; offset?: { start: number; length: number } }[];
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
