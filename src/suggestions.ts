/**
 * Questions the articles answer, proposed to users who have not asked yet (Slack's suggested
 * prompts, Discord's autocomplete). The candidates come from the corpus itself, not a hand-kept
 * list: "What's the latest?", the people the articles name with their office ("What did Taro Aso
 * say?", "Who is the trade representative?") and the articles' titles. Only those the core answers are kept. They are
 * worked out once per index, so a suggestion is a filter over a short list.
 */
import { analyze, termKey } from './analyze.ts';
import { answer } from './answer.ts';
import { nounSort } from './lexical/wordnet.ts';
import type { Role } from './roles.ts';
import type { SearchIndex } from './searchIndex.ts';

export const DEFAULT_SUGGESTIONS = 25;

const cache = new WeakMap<SearchIndex, readonly string[]>();

/** "Taro Aso": two capitalised words, the second the surname. */
const FULL_NAME = /(?=(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+))/gu;
const WORD = /[\p{L}][\p{L}.'’&-]*/gu;

const words = (text: string): string[] => [...text.matchAll(WORD)].map((m) => m[0].replace(/['’]s$/, ''));

/** The words next to a name that spell its office: "Finance Minister" before it, or ", Japan's economy minister," after it. */
function spelledTitle(side: readonly string[], title: ReadonlySet<string>): string | undefined {
  for (let start = 0; start < side.length; start++) {
    const run: string[] = [];
    const covered = new Set<string>();
    for (const w of side.slice(start)) {
      const terms = analyze(w);
      if (terms.length === 0 || !terms.every((t) => title.has(t))) break;
      run.push(w);
      terms.forEach((t) => covered.add(t));
    }
    if (run.length > 0 && covered.size === title.size) return run.join(' ').toLowerCase();
  }
  return undefined;
}

/** The questions one role of the index leads to, spelled as the articles spell the person and office. */
function roleQuestions(role: Role, texts: readonly string[]): string[] {
  const title = new Set(role.title);
  const names = new Map<string, number>();
  let office: string | undefined;
  for (const text of texts) {
    for (const m of text.matchAll(FULL_NAME)) {
      const [given, surname] = [m[1]!, m[2]!];
      // Two-letter "surnames" are abbreviations ("Westinghouse Co"), not people.
      if (surname.length < 3 || termKey(surname.toLowerCase()) !== role.person || nounSort(given.toLowerCase()) === 'person') continue;
      const name = `${given} ${surname}`;
      names.set(name, (names.get(name) ?? 0) + 1);
      if (office) continue;
      const before = words(text.slice(Math.max(0, m.index - 60), m.index)).slice(-4);
      const after = words(text.slice(m.index + name.length, m.index + name.length + 80)).slice(0, 6);
      office = spelledTitle(before, title) ?? spelledTitle(after, title);
    }
  }
  const name = [...names].sort((a, b) => b[1] - a[1])[0]?.[0];
  return [...(name ? [`What did ${name} say?`, `Who is ${name}?`] : []), ...(office ? [`Who is the ${office}?`] : [])];
}

/** What people most often ask a news bot first; answered from the newest article (src/latest.ts). */
export const LATEST_QUESTION = "What's the latest?";

/** Every candidate question, before asking the core: the latest news, people and offices, then article titles. */
function candidates(index: SearchIndex): string[] {
  const texts = [...index.passages.values()].map((p) => p.text);
  const fromRoles = index.roles.toJSON().flatMap((r) => roleQuestions(r, texts));
  const fromTitles = [...index.articles.values()].map((a) => {
    const title = a.title.replace(/:\s*source$/i, '').replace(/[.?!]+$/, '');
    return `What do the articles say about ${title}?`;
  });
  return [...new Set([LATEST_QUESTION, ...fromRoles, ...fromTitles])];
}

/** The questions about this index's articles that the core answers; worked out once per index. */
export function answerableQuestions(index: SearchIndex): readonly string[] {
  let found = cache.get(index);
  if (!found) {
    found = candidates(index).filter((q) => answer(index, q).status === 'answered');
    cache.set(index, found);
  }
  return found;
}

const normalise = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Up to `limit` questions the articles answer that fit what the user has typed so far: every word
 * typed begins a word of the question ("aso sa" fits "What did Taro Aso say?"). Nothing typed gives
 * the first `limit` questions.
 */
export function suggestQuestions(index: SearchIndex, typed = '', limit = DEFAULT_SUGGESTIONS): string[] {
  const typedWords = normalise(typed);
  return answerableQuestions(index)
    .filter((q) => {
      const questionWords = normalise(q);
      return typedWords.every((t) => questionWords.some((w) => w.startsWith(t)));
    })
    .slice(0, Math.max(0, limit));
}
