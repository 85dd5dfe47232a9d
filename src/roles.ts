/**
 * Who holds which office, read from the articles themselves rather than from a hand-kept list, so an
 * article about a new minister works with no edit. News copy names people with their title as an
 * appositive: "Finance Minister Taro Aso", "U.S. Trade Representative Robert Lighthizer", or
 * "Toshimitsu Motegi, Japan's economic revitalization minister,". The title ends in a noun that
 * WordNet says names a person (minister, representative, secretary, president).
 */
import { analyze, termKey } from './analyze.ts';
import { NAME_CONCEPTS } from './analyze.ts';
import { nounSort } from './lexical/wordnet.ts';

/** An office and the person the articles give it to. */
export interface Role {
  /** Index terms of the title, without place names ("financ", "minist"). */
  title: readonly string[];
  /** Index term of the person's surname ("aso"). */
  person: string;
}

const WORD = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}'’-]*)`;
/** A run of capitalised words: "U.S. Trade Representative Robert Lighthizer". */
const CAPITALISED_RUN = new RegExp(String.raw`${WORD}(?:\s+${WORD})+`, 'gu');
/** "Toshimitsu Motegi, Japan's economic revitalization minister," */
const TRAILING_TITLE = /(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+),\s+(?:(?:the\s+)?\p{Lu}[\p{L}.]*['’]s\s+)?((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)[,.]/gu;

const isPersonNoun = (word: string) => nounSort(word.replace(/['’]s$/, '')) === 'person';
/** Places and countries in a title ("U.S.", "Japan's") say where the office is, not what it is. */
const titleTerms = (words: string): string[] => analyze(words).filter((t) => !NAME_CONCEPTS.has(t));

function role(titleWords: string, name: string): Role | undefined {
  const surname = (name.split(/\s+/).pop() ?? '').replace(/['’]s?$/, '');
  const title = titleTerms(titleWords);
  if (!surname || title.length === 0 || isPersonNoun(surname.toLowerCase())) return undefined;
  return { title, person: termKey(surname.toLowerCase()) };
}

/**
 * The roles one passage's text gives its people. The name is the run's last two words (given name
 * and surname, as news copy introduces people), and the title before it must end in a noun that
 * names a person: "White House" and "European Union" are not titles.
 */
export function rolesIn(text: string): Role[] {
  const found: Role[] = [];
  for (const [run] of text.matchAll(CAPITALISED_RUN)) {
    const words = run.split(/\s+/);
    if (words.length < 3) continue;
    const titleWords = words.slice(0, -2);
    if (!isPersonNoun(titleWords[titleWords.length - 1]!.toLowerCase())) continue;
    const r = role(titleWords.join(' '), words.slice(-2).join(' '));
    if (r) found.push(r);
  }
  for (const m of text.matchAll(TRAILING_TITLE)) {
    const titleWords = m[2]!;
    if (!isPersonNoun(titleWords.split(/\s+/).pop()!)) continue;
    const r = role(titleWords, m[1]!);
    if (r) found.push(r);
  }
  return found;
}

/** Every distinct role of a corpus, by the last term of its title (the office's head noun). */
export class RoleIndex {
  private readonly byHead = new Map<string, Role[]>();
  private readonly seen = new Set<string>();
  private readonly people = new Set<string>();
  private titleWords: Set<string> | undefined;

  add(roles: Iterable<Role>): void {
    for (const r of roles) {
      const key = `${r.title.join(' ')}>${r.person}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.titleWords = undefined;
      this.people.add(r.person);
      const head = r.title[r.title.length - 1]!;
      this.byHead.set(head, [...(this.byHead.get(head) ?? []), r]);
    }
  }

  /**
   * The people whose title the question names in full, most specific title first: "finance
   * minister" finds Aso, "vice president" finds Pence and not the president.
   */
  holders(questionTerms: ReadonlySet<string>): Role[] {
    const matches: Role[] = [];
    for (const [head, roles] of this.byHead) {
      if (!questionTerms.has(head)) continue;
      const full = roles.filter((r) => r.title.every((t) => questionTerms.has(t)));
      const longest = Math.max(0, ...full.map((r) => r.title.length));
      matches.push(...full.filter((r) => r.title.length === longest));
    }
    return matches;
  }

  /** Whether a term is a word of some office's title ("secretari" of Commerce Secretary): no given name. */
  isTitleWord(term: string): boolean {
    this.titleWords ??= new Set([...this.byHead.values()].flat().flatMap((r) => r.title));
    return this.titleWords.has(term);
  }

  /** Whether the articles name this term as the holder of an office: a person ("motegi", "pence"). */
  isHolder(term: string): boolean {
    return this.people.has(term);
  }

  toJSON(): Role[] {
    return [...this.byHead.values()].flat();
  }

  static fromJSON(roles: readonly Role[]): RoleIndex {
    const index = new RoleIndex();
    index.add(roles);
    return index;
  }
}
