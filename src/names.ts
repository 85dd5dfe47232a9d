/**
 * Which words the articles use as names, learned from the articles' own capitalisation: a word
 * written with a capital in the middle of sentences far more often than without ("Pence", "Diet",
 * "Mobara") is a name there, even when a dictionary also knows it as a common word (pence,
 * diet). A question that names something asks about that thing in particular.
 */
import { termKey } from './analyze.ts';

/** Words after these marks start a sentence or a quote, so their capital says nothing. */
const WORD = /(^|[.!?:;"“‘(\u2014\u2013-]\s*|\s)(\p{L}[\p{L}'’]*)/gu;

/** A word is a name when its capitalised uses outnumber its lower-case ones this many times (titles such as "Minister" are capitalised often, but not always). */
export const NAME_CAPITAL_RATIO = 4;

interface Counts {
  capital: number;
  lower: number;
}

const isName = (c: Counts) => c.capital > NAME_CAPITAL_RATIO * c.lower;
/** A form must be written in lower case at least this often to count as a common word: one "trumped" does not make Trump common. */
export const COMMON_FORM_MIN_USES = 2;
/** …and at least this share as often as its term is capitalised: twenty "trumped" in a corpus with ten thousand "Trump" do not either. */
export const COMMON_FORM_SHARE = 0.05;

/** A form written in lower case more often than with a capital, and often enough beside its term's capitals, is a common word, whatever else shares its term. */
const isCommon = (form: Counts, term: Counts) =>
  form.lower > form.capital && form.lower >= COMMON_FORM_MIN_USES && form.lower >= COMMON_FORM_SHARE * term.capital;

/** A word as running text writes it, lower-cased, without a possessive or a full stop: "Motegi's" → motegi, "Tokyo." → tokyo. */
function wordForm(word: string): string {
  return word.toLowerCase().replace(/['’]s?$/, '').replace(/\.$/, '');
}

/** The index term of a word as running text writes it. */
export function nameKey(word: string): string {
  return termKey(wordForm(word));
}

/** The counts a use of a word adds to: its term's and its form's. */
interface Tally {
  term: Counts;
  form: Counts;
}

export class NameIndex {
  private readonly counts = new Map<string, Counts>();
  /** Words as written to their term's and form's counts, while passages are added: a cache, dropped once the names are worked out. */
  private byWord = new Map<string, Tally>();
  /**
   * Each form of a word, lower-cased, with its term and its own counts. "Representative" (the U.S.
   * Trade Representative) is a name, but "represent" shares its term and is not: a term with a
   * form that is a common word is no name, or "what share do the US and Japan represent?" would
   * ask about a title.
   */
  private readonly forms = new Map<string, { term: string; counts: Counts }>();
  private names: Set<string> | undefined;

  /** Counts the capitalised and lower-case uses of each word of a passage. */
  add(text: string): void {
    this.names = undefined;
    for (const m of text.matchAll(WORD)) {
      const [, before, word] = m as unknown as [string, string, string];
      const capital = word[0] !== word[0]!.toLowerCase();
      if (capital && before.trim() !== '') continue; // sentence start: tells nothing
      if (capital && m.index === 0) continue;
      const { term, form } = this.tallyOf(word);
      if (capital) {
        term.capital += 1;
        form.capital += 1;
      } else {
        term.lower += 1;
        form.lower += 1;
      }
    }
  }

  /** The counts of a word's term and form, found through the word as written: the same words come back passage after passage. */
  private tallyOf(word: string): Tally {
    let tally = this.byWord.get(word);
    if (!tally) {
      const written = wordForm(word);
      let form = this.forms.get(written);
      if (!form) this.forms.set(written, (form = { term: termKey(written), counts: { capital: 0, lower: 0 } }));
      let term = this.counts.get(form.term);
      if (!term) this.counts.set(form.term, (term = { capital: 0, lower: 0 }));
      tally = { term, form: form.counts };
      this.byWord.set(word, tally);
    }
    return tally;
  }

  /** The terms used as names, worked out once after the last `add`. */
  private nameSet(): ReadonlySet<string> {
    if (!this.names) {
      const common = new Set([...this.forms.values()].filter((f) => isCommon(f.counts, this.counts.get(f.term)!)).map((f) => f.term));
      this.names = new Set([...this.counts].filter(([t, c]) => isName(c) && !common.has(t)).map(([t]) => t));
      // The forms stay: a later `add` must be weighed with every earlier one.
      this.byWord = new Map();
    }
    return this.names;
  }

  /** Whether the articles use the term as a name. */
  has(term: string): boolean {
    return this.nameSet().has(term);
  }

  /** Whether the articles use a word, as written ("Pence", "Seko's"), as a name: a predicate to hand to the answer-type checks. */
  readonly isName = (word: string): boolean => this.has(nameKey(word));

  toJSON(): string[] {
    return [...this.nameSet()];
  }

  static fromJSON(names: readonly string[]): NameIndex {
    const index = new NameIndex();
    for (const t of names) index.counts.set(t, { capital: 1, lower: 0 });
    return index;
  }
}
