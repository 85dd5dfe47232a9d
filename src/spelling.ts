/**
 * Corrects misspelt question words ("minster", "defecit", "tarrif") against the words the corpus uses.
 * Only words the index does not know are corrected, so fuzzy matching never dilutes an exact match.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { isEnglishWord, isInflectedVerb } from './lexical/wordnet.ts';

/** Words shorter than this are never corrected: too many real words sit one edit away. */
export const MIN_CORRECTABLE_LENGTH = 4;
/** Words at least this long may be two edits away from their correction. */
export const TWO_EDIT_LENGTH = 8;
/** A real English word absent from the corpus is corrected only when at least this long (e.g. "minster"), by one letter dropped or added. */
export const MIN_DICTIONARY_WORD_CORRECTION_LENGTH = 7;

const ALPHABETIC = /^\p{L}+$/u;

/**
 * Whether `word` is `surface` with one letter dropped or added after the first: the slip that leaves
 * an English word ("minster" for minister, "aluminium" for aluminum). A letter changed turns one
 * word into another as often as it slips ("willing", "killing"; "getting", "setting"), and a first
 * letter dropped makes another word ("praised", "raised"): a word of the dictionary is not read as
 * the corpus word those would make.
 */
function dropsOrAddsALetter(surface: string, word: string): boolean {
  if (Math.abs(surface.length - word.length) !== 1 || surface[0] !== word[0]) return false;
  const [short, long] = surface.length < word.length ? [surface, word] : [word, surface];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** A word with each run of one letter made single: "tarrif" and "tariff" are both "tarif". */
const undoubled = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');

/** The words of the corpus with their counts, searchable by edit distance. */
export class Lexicon {
  private readonly trie = new SearchableMap<number>();
  /**
   * Counts added since the trie was last updated. A build adds every word of every passage, and
   * counting in a Map, then walking the trie once per distinct word, is far cheaper than walking it
   * per word. New words reach the trie in the order they were first added, so it is the same trie.
   */
  private pending = new Map<string, number>();

  /** The most frequent corpus word for each form with its doubled letters made single, built when first needed. */
  private undoubled: Map<string, { word: string; count: number }> | undefined;

  add(surface: string): void {
    if (surface.length < MIN_CORRECTABLE_LENGTH || !ALPHABETIC.test(surface)) return;
    this.pending.set(surface, (this.pending.get(surface) ?? 0) + 1);
    this.undoubled = undefined;
  }

  /** Corpus words by their form with doubled letters made single ("tariff" → "tarif"). */
  private get byUndoubled(): Map<string, { word: string; count: number }> {
    if (!this.undoubled) {
      const map = new Map<string, { word: string; count: number }>();
      for (const [word, count] of this.words) {
        const key = undoubled(word);
        const seen = map.get(key);
        if (!seen || count > seen.count || (count === seen.count && word < seen.word)) map.set(key, { word, count });
      }
      this.undoubled = map;
    }
    return this.undoubled;
  }

  /** The words and their counts, with every word added so far. */
  private get words(): SearchableMap<number> {
    if (this.pending.size > 0) {
      for (const [word, n] of this.pending) this.trie.update(word, (count = 0) => count + n);
      this.pending = new Map();
    }
    return this.trie;
  }

  /** The closest corpus word to an unknown `surface`, or undefined when none is close enough. */
  correct(surface: string): string | undefined {
    if (surface.length < MIN_CORRECTABLE_LENGTH || !ALPHABETIC.test(surface) || this.words.has(surface)) return undefined;
    const english = isEnglishWord(surface);
    let maxEdits: number;
    // An inflected form of a verb WordNet knows is written on purpose: "tanking" is not "taking", though both are seven letters.
    if (english) maxEdits = surface.length >= MIN_DICTIONARY_WORD_CORRECTION_LENGTH && !isInflectedVerb(surface) ? 1 : 0;
    else maxEdits = surface.length >= TWO_EDIT_LENGTH ? 2 : 1;
    if (maxEdits === 0) return undefined;
    let best: { word: string; distance: number; count: number } | undefined;
    for (const [word, [count, distance]] of this.words.fuzzyGet(surface, maxEdits)) {
      if (english && !dropsOrAddsALetter(surface, word)) continue;
      // Ties go to the word first in alphabetical order, so an index restored from its snapshot corrects as the one built.
      if (!best || distance < best.distance || (distance === best.distance && (count > best.count || (count === best.count && word < best.word)))) {
        best = { word, distance, count };
      }
    }
    if (best) return best.word;
    // "tarrif", "comittee", "occured": which letter is doubled is the commonest slip, and two edits for a short word.
    if (english) return undefined;
    const undoubledWord = this.byUndoubled.get(undoubled(surface))?.word;
    if (undoubledWord !== undefined) return undoubledWord;
    // "abotu", "taht", "tairff": two letters typed the wrong way round, also two edits for a short word.
    for (let i = 0; i + 1 < surface.length; i++) {
      const swapped = surface.slice(0, i) + surface[i + 1]! + surface[i]! + surface.slice(i + 2);
      if (swapped !== surface && this.words.has(swapped)) return swapped;
    }
    return undefined;
  }

  toJSON(): [string, number][] {
    return [...this.words.entries()];
  }

  /** Adds words with their counts as `toJSON` gave them, a part at a time (a snapshot is restored line by line). */
  restore(entries: Iterable<[string, number]>): void {
    this.undoubled = undefined;
    for (const [word, count] of entries) this.words.set(word, count);
  }
}
