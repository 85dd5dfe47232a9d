/**
 * Compares two evaluation runs item by item. A set of 40 questions moves by 2.5 points when one
 * answer changes, so a change is judged by the items it turned right and the items it turned
 * wrong, and by an exact sign test on those: "2 better, 1 worse" is noise (p = 1), "7 better,
 * 0 worse" is not (p = 0.016).
 */
import { z } from 'zod';
import type { EvalReport } from './evaluate.ts';

const OUTCOME = z.object({
  id: z.string(),
  question: z.string(),
  inScope: z.boolean(),
  status: z.string(),
  correct: z.boolean(),
  confidence: z.number(),
  /** A gold string in the best passage, and in the best three (in scope only). */
  hitAt1: z.boolean(),
  hitAt3: z.boolean(),
});
const SAVED_RUN = z.object({ commit: z.string().optional(), sets: z.record(z.string(), z.array(OUTCOME)) });

/** One item's outcome in a run, as a saved run keeps it. */
export type Outcome = z.infer<typeof OUTCOME>;

/** A saved run: per set name, its items' outcomes; `commit` is the commit it was run at, when known. */
export type SavedRun = z.infer<typeof SAVED_RUN>;

export function outcomesOf(report: EvalReport): Outcome[] {
  return report.items.map((r) => ({
    id: r.item.id,
    question: r.item.question,
    inScope: r.item.in_scope,
    status: r.status,
    correct: r.correct,
    confidence: r.confidence,
    hitAt1: r.hitAt1,
    hitAt3: r.hitAt3,
  }));
}

export interface Change {
  before: Outcome;
  after: Outcome;
}

export interface SetComparison {
  set: string;
  /** Items that were wrong (or wrongly answered or declined) and are now right. */
  better: Change[];
  worse: Change[];
  /** Items whose status, passage recall or confidence (by at least `CONFIDENCE_MOVE`) moved without changing right and wrong. */
  moved: Change[];
  /** Items in only one of the runs (the question file changed between them). */
  unmatched: string[];
  /** Exact two-sided sign test on better against worse: the chance of a split at least this uneven if the change did nothing. */
  p: number;
}

/** A confidence change this large is listed even when nothing turned right or wrong. */
export const CONFIDENCE_MOVE = 0.05;

/** The exact two-sided sign test: P(a split of `better + worse` coin flips at least as uneven). 1 when nothing changed. */
export function signTest(better: number, worse: number): number {
  const n = better + worse;
  if (n === 0) return 1;
  // 0.5 ** n underflows past about a thousand items: far beyond any set here, so the normal approximation does there.
  if (n > SIGN_TEST_EXACT_UP_TO) return Math.min(1, 2 * normalTail((Math.abs(better - worse) - 1) / Math.sqrt(n)));
  const k = Math.min(better, worse);
  // Sum of C(n, i) / 2^n for i <= k, built term by term to stay exact enough for any set size here.
  let term = 0.5 ** n;
  let tail = term;
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i;
    tail += term;
  }
  return Math.min(1, 2 * tail);
}

/** Up to this many changed items the sign test is exact. */
export const SIGN_TEST_EXACT_UP_TO = 1000;

/** P(Z ≥ z) for a standard normal Z (Abramowitz and Stegun 26.2.17, error below 1e-7). */
function normalTail(z: number): number {
  if (z < 0) return 1 - normalTail(-z);
  const t = 1 / (1 + 0.2316419 * z);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)) * poly;
}

export function compareSet(set: string, before: readonly Outcome[], after: readonly Outcome[]): SetComparison {
  const old = new Map(before.map((o) => [o.id, o]));
  const seen = new Set<string>();
  const result: SetComparison = { set, better: [], worse: [], moved: [], unmatched: [], p: 1 };
  for (const a of after) {
    seen.add(a.id);
    const b = old.get(a.id);
    if (!b) {
      result.unmatched.push(a.id);
      continue;
    }
    if (!b.correct && a.correct) result.better.push({ before: b, after: a });
    else if (b.correct && !a.correct) result.worse.push({ before: b, after: a });
    // Confidences are kept to three decimals: compare in thousandths, or 0.5 → 0.45 would fall short of 0.05.
    else if (b.status !== a.status || b.hitAt1 !== a.hitAt1 || b.hitAt3 !== a.hitAt3 || Math.round(1000 * Math.abs(b.confidence - a.confidence)) >= Math.round(1000 * CONFIDENCE_MOVE)) {
      result.moved.push({ before: b, after: a });
    }
  }
  for (const b of before) if (!seen.has(b.id)) result.unmatched.push(b.id);
  result.p = signTest(result.better.length, result.worse.length);
  return result;
}

/** Where the passage with a gold string ranked: first, in the best three, or lower. */
const recall = (o: Outcome) => (o.hitAt1 ? '@1' : o.hitAt3 ? '@3' : '-');

const describe = ({ before, after }: Change) =>
  `${after.id} ${before.correct ? 'right' : 'wrong'} -> ${after.correct ? 'right' : 'wrong'}, ${before.status} ${before.confidence} -> ${after.status} ${after.confidence}` +
  `${after.inScope && recall(before) !== recall(after) ? `, gold passage ${recall(before)} -> ${recall(after)}` : ''}: ${JSON.stringify(after.question.slice(0, 90))}`;

/**
 * The comparison as text: per set, its counts and each item that changed, and the total. A set in `blind` prints its
 * counts only, never an item's id or question: a blind set is judged by its totals, and reading its items would
 * end its being blind.
 */
export function formatComparison(comparisons: readonly SetComparison[], blind: ReadonlySet<string> = new Set()): string {
  const lines: string[] = [];
  let better = 0;
  let worse = 0;
  for (const c of comparisons) {
    better += c.better.length;
    worse += c.worse.length;
    if (c.better.length + c.worse.length + c.moved.length + c.unmatched.length === 0) continue;
    lines.push(`${c.set}: ${c.better.length} better, ${c.worse.length} worse (sign test p = ${c.p.toFixed(2)})`);
    if (blind.has(c.set)) {
      lines.push(`  blind: ${c.moved.length} moved otherwise, ${c.unmatched.length} in one run only; items not shown`);
      continue;
    }
    for (const ch of c.better) lines.push(`  + ${describe(ch)}`);
    for (const ch of c.worse) lines.push(`  - ${describe(ch)}`);
    for (const ch of c.moved) lines.push(`  ~ ${describe(ch)}`);
    if (c.unmatched.length) lines.push(`  in one run only: ${c.unmatched.join(', ')}`);
  }
  lines.push(`all sets compared: ${better} better, ${worse} worse (sign test p = ${signTest(better, worse).toFixed(2)})`);
  return lines.join('\n');
}

/** Reads a saved run, naming what is wrong with a file that is not one. */
export function parseSavedRun(text: string, name: string): SavedRun {
  let run: unknown;
  try {
    run = JSON.parse(text);
  } catch (err) {
    throw new Error(`${name}: not JSON (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
  const parsed = SAVED_RUN.safeParse(run);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${name}: not a saved run (expected {"sets": {"dev": [...], ...}}, as --save writes; ${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'wrong shape'})`);
  }
  return parsed.data;
}
