/**
 * News copy names a person in full once ("IBM Research Director Dario Gil") and by surname after
 * ("…," Gil said). An answer to "who said…?" that leads with the surname alone tells the reader who
 * that is, from the same article, in a note: the quote itself is never rewritten.
 */
import { analyze } from './analyze.ts';
import { isFirstName, speakersIn } from './answerTypes.ts';
import { nounSort, isEnglishWord } from './lexical/wordnet.ts';
import { passagesOfArticle } from './passageTerms.ts';
import type { SearchIndex } from './searchIndex.ts';
import { STOP_WORDS } from './stopWords.ts';

/** A capitalised word or an initial ("E."), as a given name may be written before a surname. */
const NAME_PART = String.raw`\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\.)`;
/** WordNet sorts of capitalised words that are no given name though they may stand before a surname: "on Tuesday Gil…", "Tokyo". */
const NOT_GIVEN_SORTS: ReadonlySet<string> = new Set(['time', 'location']);

/** Whether a word written before a surname is a given name, not a title ("President", "Minister") nor a possessive ("IBM's"). */
function isGivenName(index: SearchIndex, word: string): boolean {
  if (/^\p{Lu}\.$/u.test(word)) return true;
  if (/['’]s?$/u.test(word) || STOP_WORDS.has(word.toLowerCase()) || NOT_GIVEN_SORTS.has(nounSort(word))) return false;
  // A word of a title the articles give someone ("Secretary", "President") is none. An English word is a given name only
  // when compromise's lexicon of first names has it ("Robert", "Mark", "Joe"), so "Representative" is not, on any corpus;
  // a word no dictionary knows ("Shinzo", "Dario") is.
  const term = analyze(word)[0];
  return term !== undefined && !index.roles.isTitleWord(term) && (!isEnglishWord(word) || isFirstName(word));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The full name an article gives a surname ("Gil" → "Dario Gil"), or undefined when it gives none,
 * or more than one ("Shinzo Abe" and "Akie Abe").
 */
export function fullNameIn(index: SearchIndex, articleId: string, surname: string): string | undefined {
  const passages = passagesOfArticle(index, articleId);
  if (firstMentionIsNoPerson(passages.map((p) => p.text).join('\n\n'), surname)) return undefined;
  const pattern = new RegExp(String.raw`((?:${NAME_PART}\s+){1,4})${escape(surname)}(?![\p{L}'’-])`, 'gu');
  const names = new Set<string>();
  for (const passage of passages) {
    for (const m of passage.text.matchAll(pattern)) {
      const before = m[1]!.trim().split(/\s+/);
      // The given names are the words next to the surname; a title before them is no part of the name.
      const given: string[] = [];
      for (const word of before.reverse()) {
        if (!isGivenName(index, word)) break;
        given.unshift(word);
      }
      if (given.length > 0 && !/^\p{Lu}\.$/u.test(given[0]!)) names.add([...given, surname].join(' '));
    }
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * Whether an article first writes the word without a given name or title before it: news copy names a person in full
 * at first mention, so a word first written alone ("its U.S. nuclear unit Westinghouse Electric Co.") names something
 * else, a company or a place, even where a person of that name turns up later ("founded by inventor George Westinghouse").
 */
function firstMentionIsNoPerson(text: string, word: string): boolean {
  const first = new RegExp(String.raw`(?<![\p{L}'’-])${escape(word)}(?![\p{L}-])`, 'u').exec(text);
  if (first === null) return false;
  // A given name, an initial or a title just before it ("Dario Gil", "President Biden"); not a possessive ("Toshiba's Westinghouse").
  return !/(?<![\p{L}'’-])\p{Lu}(?:\p{Ll}[\p{L}'’-]*(?<!['’]s)|\.)\s+$/u.test(text.slice(Math.max(0, first.index - 40), first.index));
}

/**
 * Notes that give the full name of each speaker the lead names by surname alone ("In source [1], Gil is Dario Gil."),
 * unless the question names them or the lead writes the full name itself.
 */
export function fullNameNotes(index: SearchIndex, articleId: string, lead: string, question: string): string[] {
  // As a word: "Suga" is not asked for by "sugar", nor "Tai" by "obtain".
  const asked = (name: string) => new RegExp(String.raw`(?<!\p{L})${escape(name)}(?!\p{L})`, 'iu').test(question);
  const surnames = new Set(speakersIn(lead, index.names.isName).filter((name) => !/\s/.test(name) && !asked(name)));
  return [...surnames].flatMap((surname) => {
    const full = fullNameIn(index, articleId, surname);
    return full && !lead.includes(full) ? [`In source [1], ${surname} is ${full}.`] : [];
  });
}
