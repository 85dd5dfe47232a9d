/**
 * Questions that set two things side by side ("softbank vs saudi arabia, how much is each putting in", "intraday low vs
 * close", "was the final proclamation tougher than the draft", "how does A compare with B") ask for two values, one for
 * each side. News copy often gives both in one sentence ("SoftBank said it would put in at least $25 billion…, while
 * Saudi Arabia's Public Investment Fund pledged up to $45 billion"), and a sentence giving only one of them answers half
 * the question.
 */
import { analyze } from './analyze.ts';
import { FIGURE_TYPES, typedSpans, type AnswerType } from './answerTypes.ts';

/** Words that set two things against each other: "vs", "versus", "compared with", "compare w", "than", "stack up against", "before and after". */
const COMPARING = /(?:^|[\s(])(?:vs\.?|versus|v\.)(?=\s)|\bcompar(?:e|es|ed|ing)\b|\bstacks?\s+up\b|\bthan\b|\bbefore\s+(?:and|vs\.?|versus)\s+after\b/i;

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
