/**
 * Questions that set two things side by side ("softbank vs saudi arabia, how much is each putting in", "intraday low vs
 * close", "was the final proclamation tougher than the draft", "how does A compare with B") ask for two values, one for
 * each side. News copy often gives both in one sentence ("SoftBank said it would put in at least $25 billion…, while
 * Saudi Arabia's Public Investment Fund pledged up to $45 billion"), and a sentence giving only one of them answers half
 * the question.
 */
import { analyze } from './analyze.ts';
import { FIGURE_TYPES, typedSpans, type AnswerType } from './answerTypes.ts';
import { isLemma } from './lexical/extract.ts';
import { nounSort } from './lexical/wordnet.ts';

/** "vs", "versus", "v.": the word that sets the two sides of "A vs B" apart. */
const VERSUS = /(?:^|[\s(])(?:vs\.?|versus|v\.)(?=\s)/i;

/** Words that set two things against each other: "vs", "versus", "compared with", "compare w", "than", "stack up against", "before and after". */
const COMPARING = new RegExp(String.raw`${VERSUS.source}|\bcompar(?:e|es|ed|ing)\b|\bstacks?\s+up\b|\bthan\b|\bbefore\s+(?:and|vs\.?|versus)\s+after\b`, 'i');

/** Whether the question sets two things side by side. */
export function asksComparison(question: string): boolean {
  return COMPARING.test(question);
}

/**
 * The sort of value a comparison asks for: its own type when that is a figure or a date; a quantity when the question
 * names no type ("kkr vs rakuten stake in seiyu?"), since what is set side by side in news is most often a figure.
 * Undefined for a comparison of people, places or reasons.
 */
export function comparedValueType(answerType: AnswerType | undefined): AnswerType | undefined {
  if (answerType === undefined) return 'quantity';
  return FIGURE_TYPES.has(answerType) ? answerType : undefined;
}

/** Spans at most this many characters apart are one value: "2.5" and "billion" of "$2.5 billion". */
const VALUE_JOIN_GAP = 2;

/** How many distinct values of `type` a sentence gives ("$2.5 billion" once, "40 percent … 40 percent" once). */
export function distinctValues(sentence: string, type: AnswerType): number {
  return valuesIn(sentence, type).size;
}

/** The distinct values of `type` a sentence gives, lower-cased as written ("$2.5 billion", "40 percent"). */
export function valuesIn(sentence: string, type: AnswerType): Set<string> {
  const spans = (typedSpans(sentence, type) ?? []).sort((a, b) => a[0] - b[0]);
  const values = new Set<string>();
  let current: [number, number] | undefined;
  const close = () => {
    if (current) values.add(sentence.slice(current[0], current[1]).toLowerCase());
  };
  for (const [start, end] of spans) {
    if (current && start <= current[1] + VALUE_JOIN_GAP) current[1] = Math.max(current[1], end);
    else {
      close();
      current = [start, end];
    }
  }
  close();
  return values;
}

/** "no tariff", "zero duty", "tariff-free": a side of a comparison whose value is none, written without a figure. */
const NONE_OF = /\b(?:no|zero)\s+([a-z]+)|\b([a-z]+)-free\b/gi;

/**
 * The things a sentence says there is none of, among `keys` (the question's index terms): "Japan charges no tariff on
 * imported American-made cars" gives the value of one side of "us tariff on japanese cars vs japan's tariff on us cars?".
 */
export function noneOf(sentence: string, keys: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const m of sentence.matchAll(NONE_OF)) {
    const key = analyze(m[1] ?? m[2]!)[0];
    if (key !== undefined && keys.has(key)) found.add(`no ${key}`);
  }
  return found;
}

/** "How did trump and abe differ on…", "how do trump and tokyo describe the 550bn differently": the "and" sets two sides apart. */
const DIFFERING = /\b(?:differ|differs|differed|differently)\b/i;

/** What ends a side of "A vs B": punctuation, a question word that opens the question's other part ("…, how much is each…"), or "differ". */
const SIDE_BOUNDARY = new RegExp(String.raw`[,;:?!()]|\b(?:what|how|which|who|whom|whose|when|where|why)\b|${DIFFERING.source}`, 'i');


/** The "and" of "A and B": a word of its own. */
const AND = /\sand(?=\s)/i;

/**
 * The words of each side of "A vs B" that name it, read from "vs" outwards: the run of words that are not stop words
 * next to it ("fed hike" | "boj rate decision", "biden" | "kishida" of "biden vs kishida on the nippon steel deal"), past
 * stop words right beside "vs" ("washington after" | "what tokyo wanted"). "How did trump and abe differ…" sets its sides
 * apart with "and" (`sidesApart`). A head noun after the second side is both sides' (`sharedHead`): "steel and aluminum
 * tariffs" compares steel tariffs with aluminum tariffs. Undefined when the question has neither form.
 */
export function comparedSides(question: string, isStopWord: (word: string) => boolean): [string[], string[]] | undefined {
  const m = sidesApart(question);
  if (!m) return undefined;
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  const before = question.slice(0, m.start);
  const after = question.slice(m.end);
  const left = words(before.slice(lastBoundary(before))).reverse();
  // "…vs what tokyo wanted": the question word that opens the side is part of it.
  const opened = after.replace(/^\s*(?:what|how|which|who|whom|whose|when|where|why)\b/i, '');
  const right = words(opened.slice(0, firstBoundary(opened)));
  const side = (ws: string[]) => {
    const out: string[] = [];
    for (const w of ws) {
      if (isStopWord(w)) {
        if (out.length > 0) break;
        continue;
      }
      out.push(w);
    }
    return out;
  };
  const sides: [string[], string[]] = [side(left).reverse(), side(right)];
  const head = sharedHead(sides[0], sides[1]);
  return head === undefined ? sides : [[...sides[0], head], sides[1]];
}

/**
 * Where "vs" sets the sides apart, else the "and" of "A and B" in the clause that says they differ: "after the summit
 * and the dinner, how did trump and abe differ…" compares trump and abe, not the summit and the dinner; past "differ"
 * when the clause has none ("how does the deal differ between cars and rice?"), else the last one before the clause.
 */
function sidesApart(question: string): { start: number; end: number } | undefined {
  const at = (m: RegExpExecArray | undefined, offset: number) => (m ? { start: offset + m.index, end: offset + m.index + m[0].length } : undefined);
  const vs = VERSUS.exec(question);
  if (vs) return at(vs, 0);
  const differing = DIFFERING.exec(question);
  if (!differing) return undefined;
  const before = question.slice(0, differing.index);
  const clause = lastBoundary(before);
  const past = differing.index + differing[0].length;
  return (
    at(AND.exec(before.slice(clause)) ?? undefined, clause) ??
    at(AND.exec(question.slice(past)) ?? undefined, past) ??
    // "trump and abe: how did they differ?": the last "and" before that clause.
    at([...before.slice(0, clause).matchAll(new RegExp(AND.source, 'gi'))].pop(), 0)
  );
}

/** Whether two words can be set side by side as one kind: both adjectives ("japanese", "american"), or nouns of one sort ("steel", "aluminum"). */
function likeWords(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (isLemma(x, 'adj') && isLemma(y, 'adj')) return true;
  const sort = nounSort(x);
  return sort !== '' && sort === nounSort(y);
}

/**
 * The head noun of "A and B N" that is A's too: a lone word A set beside the first word of a longer second side of its
 * own kind (`likeWords`), "steel and aluminum tariffs", "japanese and american cars". Not in "trump and japanese
 * officials" (a name and an adjective), "biden and prime minister kishida".
 */
function sharedHead(left: readonly string[], right: readonly string[]): string | undefined {
  if (left.length !== 1 || right.length < 2) return undefined;
  const head = right[right.length - 1]!;
  return likeWords(left[0]!, right[0]!) && nounSort(head.toLowerCase()) !== '' ? head : undefined;
}

function lastBoundary(text: string): number {
  let at = 0;
  for (const m of text.matchAll(new RegExp(SIDE_BOUNDARY.source, 'gi'))) at = m.index + m[0].length;
  return at;
}

function firstBoundary(text: string): number {
  const at = text.search(SIDE_BOUNDARY);
  return at < 0 ? text.length : at;
}
