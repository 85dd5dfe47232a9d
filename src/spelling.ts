/**
 * Corrects misspelt question words ("minster", "defecit") against the words the corpus uses.
 * Only words the index does not know are corrected, so fuzzy matching never dilutes an exact match.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { isEnglishWord } from './lexical/wordnet.ts';

/** Words shorter than this are never corrected: too many real words sit one edit away. */
export const MIN_CORRECTABLE_LENGTH = 4;
/** Words at least this long may be two edits away from their correction. */
export const TWO_EDIT_LENGTH = 8;
/** A real English word absent from the corpus is corrected only when at least this long (e.g. "minster"), with one edit. */
export const MIN_DICTIONARY_WORD_CORRECTION_LENGTH = 7;

const ALPHABETIC = /^\p{L}+$/u;

/** The words of the corpus with their counts, searchable by edit distance. */
export class Lexicon {
  private readonly words = new SearchableMap<number>();

  add(surface: string): void {
    if (surface.length < MIN_CORRECTABLE_LENGTH || !ALPHABETIC.test(surface)) return;
    this.words.update(surface, (n = 0) => n + 1);
  }

  /** The closest corpus word to an unknown `surface`, or undefined when none is close enough. */
  correct(surface: string): string | undefined {
    if (surface.length < MIN_CORRECTABLE_LENGTH || !ALPHABETIC.test(surface) || this.words.has(surface)) return undefined;
    let maxEdits: number;
    if (isEnglishWord(surface)) maxEdits = surface.length >= MIN_DICTIONARY_WORD_CORRECTION_LENGTH ? 1 : 0;
    else maxEdits = surface.length >= TWO_EDIT_LENGTH ? 2 : 1;
    if (maxEdits === 0) return undefined;
    let best: { word: string; distance: number; count: number } | undefined;
    for (const [word, [count, distance]] of this.words.fuzzyGet(surface, maxEdits)) {
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
        best = { word, distance, count };
      }
    }
    return best?.word;
  }

  toJSON(): [string, number][] {
    return [...this.words.entries()];
  }

  /** Adds words with their counts as `toJSON` gave them, a part at a time (a snapshot is restored line by line). */
  restore(entries: Iterable<[string, number]>): void {
    for (const [word, count] of entries) this.words.set(word, count);
  }
}
