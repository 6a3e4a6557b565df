/**
 * Finding known people's names in free text (pure functions). Each person
 * gives a set of terms — full name, title + surname, surname alone where
 * asked, first name alone where distinctive — matched whole-word, in any case,
 * with or without a possessive ('s). A first name that is also a common
 * English word ("Will", "May", "Grace") is only matched when written with a
 * capital and not at the start of a sentence, so "you may" and "Will you"
 * are left alone while "spoke to May about it" is caught.
 */

export const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'PC', 'DC', 'DS', 'DI', 'DCI', 'Sgt', 'Insp', 'Cllr', 'Rev', 'Sister', 'Nurse'] as const;

const TITLE_SET = new Set(TITLES.map((t) => t.toLowerCase()));

/** First names that are also everyday words: never blanket-matched. */
export const COMMON_WORD_NAMES = new Set([
  'will', 'may', 'mark', 'hope', 'joy', 'grace', 'faith', 'rose', 'bill', 'pat', 'sue', 'art', 'summer', 'autumn', 'ray', 'rich',
  'frank', 'guy', 'dawn', 'april', 'june', 'august', 'sky', 'star', 'iris', 'holly', 'ivy', 'jade', 'jean', 'penny', 'rob', 'drew',
  'chase', 'hunter', 'miles', 'dean', 'earl', 'gene', 'page', 'paris', 'bob', 'don', 'jack', 'jay', 'kit', 'lee', 'max', 'nick',
  'norm', 'reed', 'rusty', 'sandy', 'violet', 'amber', 'ruby', 'crystal', 'angel', 'honey', 'cash', 'sage', 'river', 'storm',
  'harmony', 'charity', 'patience', 'destiny', 'liberty', 'brook', 'heather', 'olive', 'poppy', 'daisy', 'lily', 'hazel', 'rowan',
  'the', 'and', 'her', 'his', 'she', 'him', 'not', 'all', 'can', 'did', 'had', 'say', 'see', 'son', 'mum', 'dad', 'nan',
]);

/** How one person's name may be written. */
export interface NameTerm<R> {
  text: string;
  ref: R;
  /** Only a capitalised, mid-sentence occurrence counts (common-word first names). */
  guarded?: boolean;
}

export interface NameOptions {
  /** Match the surname on its own (e.g. "Hughes family"). */
  surnameAlone?: boolean;
  /** Match the first name on its own, when it is distinctive. */
  firstNameAlone?: boolean;
}

const MIN_ALONE = 3;

/** The terms for one person's name. Never returns a term in `exclude` (e.g. the subject child's own names). */
export function nameTerms<R>(name: string, ref: R, opts: NameOptions = {}, exclude: ReadonlySet<string> = new Set()): NameTerm<R>[] {
  const full = name.trim().replace(/\s+/g, ' ');
  if (full.length < 2) return [];
  const all = full.split(' ');
  // "Dr Ann Hale": the title is no first name.
  const words = all.length > 1 && TITLE_SET.has(all[0]!.replace(/\.$/, '').toLowerCase()) ? all.slice(1) : all;
  const out: NameTerm<R>[] = [{ text: full, ref }];
  if (words !== all && words.length) out.push({ text: words.join(' '), ref });
  if (words.length > 1) {
    const first = words[0]!;
    const surname = words.at(-1)!;
    // A title with the subject's own surname ("Mrs Smith" when the child is a Smith) is ambiguous: left for the DSL.
    if (surname.length >= 2 && !exclude.has(surname.toLowerCase())) for (const t of TITLES) out.push({ text: `${t} ${surname}`, ref }, { text: `${t}. ${surname}`, ref });
    if (words.length > 2) out.push({ text: `${first} ${surname}`, ref });
    if (opts.surnameAlone && surname.length >= MIN_ALONE) out.push({ text: surname, ref, guarded: COMMON_WORD_NAMES.has(surname.toLowerCase()) });
    if (opts.firstNameAlone && first.length >= MIN_ALONE) out.push({ text: first, ref, guarded: COMMON_WORD_NAMES.has(first.toLowerCase()) });
  }
  return out.filter((t) => !exclude.has(t.text.toLowerCase()));
}

export interface NameMatch<R> {
  start: number;
  end: number;
  /** The text as written (without any possessive). */
  matched: string;
  ref: R;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A compiled matcher: the first term registered for a spelling wins; longer terms win over shorter. */
export class NameMatcher<R> {
  private readonly terms = new Map<string, NameTerm<R>>();
  private pattern: RegExp | undefined;

  constructor(terms: Iterable<NameTerm<R>>) {
    for (const t of terms) {
      const key = norm(t.text);
      const had = this.terms.get(key);
      // An unguarded spelling (someone's full name) beats a guarded one.
      if (!had || (had.guarded && !t.guarded)) this.terms.set(key, t);
    }
    const alternatives = [...this.terms.values()].map((t) => t.text).sort((a, b) => b.length - a.length).map((t) => escape(t).replace(/ /g, '\\s+'));
    this.pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  }

  find(text: string): NameMatch<R>[] {
    if (!this.pattern) return [];
    const out: NameMatch<R>[] = [];
    for (const m of text.matchAll(this.pattern)) {
      const term = this.terms.get(norm(m[0]));
      if (!term) continue;
      if (term.guarded && !(isCapitalised(m[0]) && !sentenceStart(text, m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, matched: m[0], ref: term.ref });
    }
    return out;
  }

  /** Replaces each match by `replace(match)` (undefined keeps the text as written). */
  replace(text: string, replace: (m: NameMatch<R>) => string | undefined): string {
    let out = '';
    let at = 0;
    for (const m of this.find(text)) {
      out += text.slice(at, m.start) + (replace(m) ?? m.matched);
      at = m.end;
    }
    return out + text.slice(at);
  }
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const isCapitalised = (s: string) => /^\p{Lu}/u.test(s) && s !== s.toUpperCase();

function sentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === '' || /[.!?:;"“(\n-]$/.test(before);
}

/** The words around a match, for a reviewer: about `width` characters either side, on one line. */
export function contextOf(text: string, start: number, end: number, width = 40): string {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}
