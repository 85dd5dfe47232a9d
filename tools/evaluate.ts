/** Scores the bot on a file of questions with gold answers (format: shared/eval/README.md). */
import { discordToPlain } from '../adapters/discord/text.ts';
import { slackToPlain } from '../adapters/slack/text.ts';
import { answer, searchQuery, type AnswerOptions } from '../src/answer.ts';
import { replayHistory } from '../src/replay.ts';
import { prepareQuestion } from '../src/question.ts';
import { rankPassages } from '../src/rank.ts';
import type { SearchIndex } from '../src/searchIndex.ts';

export interface EvalItem {
  id: string;
  question: string;
  in_scope: boolean;
  answers: string[];
  seed: string | null;
  kind: string;
  /** The conversation's earlier questions, oldest first: the item scores a follow-up. */
  history?: string[];
}

export interface ItemResult {
  item: EvalItem;
  status: string;
  /** In scope: the answer quotes a gold string. Out of scope: the bot declined. */
  correct: boolean;
  hitAt1: boolean;
  hitAt3: boolean;
  confidence: number;
  /** The quoted part of the answer (sentences and notes, not the source list). */
  quoted: string;
}

export interface Rate {
  hits: number;
  total: number;
}

export interface EvalReport {
  items: ItemResult[];
  answerAccuracy: Rate;
  recallAt1: Rate;
  recallAt3: Rate;
  inScopeAnswered: Rate;
  outOfScopeDeclined: Rate;
  noiseDeclined: Rate;
  /** In-scope follow-ups (items with a history) answered with a gold fact. */
  followUpAccuracy: Rate;
  /** Answers given with confidence at or above `CONFIDENT` that are wrong (no gold string, or out of scope). */
  confidentWrong: Rate;
  byKind: Map<string, { inScope: Rate; outOfScope: Rate }>;
}

/** Parses JSONL, naming the line of any bad entry. */
export function parseEvalFile(text: string, name = 'questions'): EvalItem[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      let item: Partial<EvalItem>;
      try {
        item = JSON.parse(line) as Partial<EvalItem>;
      } catch (err) {
        throw new Error(`${name}:${n}: not JSON (${err instanceof Error ? err.message : String(err)})`, { cause: err });
      }
      if (typeof item.id !== 'string' || typeof item.question !== 'string' || typeof item.in_scope !== 'boolean' || !Array.isArray(item.answers)) {
        throw new Error(`${name}:${n}: needs id, question, in_scope and answers`);
      }
      if (item.history !== undefined && (!Array.isArray(item.history) || item.history.some((h) => typeof h !== 'string'))) {
        throw new Error(`${name}:${n}: history must be a list of earlier questions`);
      }
      return { seed: null, kind: 'unknown', ...item } as EvalItem;
    });
}

/** Case-insensitive, whitespace-collapsed containment, as the eval format defines it. */
export function containsGold(text: string, answers: string[]): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const haystack = norm(text);
  return answers.some((a) => norm(a) !== '' && haystack.includes(norm(a)));
}

const rate = (hits: number, total: number): Rate => ({ hits, total });

/**
 * A question as the core receives it from an adapter: the eval files hold messages as typed in
 * Slack or Discord, markup and all, and each adapter turns its platform's syntax into plain text.
 */
export function asReceived(message: string): string {
  return discordToPlain(slackToPlain(message));
}

/** An answer at or above this confidence must be right: users read it as sure. */
export const CONFIDENT = 0.9;

export function evaluate(index: SearchIndex, items: EvalItem[], options: AnswerOptions = {}): EvalReport {
  const results: ItemResult[] = items.map((item) => {
    const history = item.history?.length ? replayHistory(index, item.history.map(asReceived), options) : [];
    const a = answer(index, asReceived(item.question), { ...options, history });
    const quoted = [...a.sentences.map((s) => s.text), ...a.notes].join(' ');
    const prepared = prepareQuestion(asReceived(item.question), options.maxQuestionChars);
    const ranked = rankPassages(index, searchQuery(index, prepared, options), options);
    const hitAt = (k: number) => item.in_scope && ranked.slice(0, k).some((r) => containsGold(r.passage.text, item.answers));
    const answered = a.status === 'answered';
    return {
      item,
      status: a.status,
      correct: item.in_scope ? answered && containsGold(quoted, item.answers) : !answered,
      hitAt1: hitAt(1),
      hitAt3: hitAt(3),
      confidence: a.confidence,
      quoted,
    };
  });
  const inScope = results.filter((r) => r.item.in_scope);
  const outOfScope = results.filter((r) => !r.item.in_scope);
  const noise = outOfScope.filter((r) => r.item.kind === 'noise');
  const byKind = new Map<string, { inScope: Rate; outOfScope: Rate }>();
  for (const r of results) {
    const entry = byKind.get(r.item.kind) ?? { inScope: rate(0, 0), outOfScope: rate(0, 0) };
    const bucket = r.item.in_scope ? entry.inScope : entry.outOfScope;
    bucket.total += 1;
    if (r.correct) bucket.hits += 1;
    byKind.set(r.item.kind, entry);
  }
  return {
    items: results,
    answerAccuracy: rate(inScope.filter((r) => r.correct).length, inScope.length),
    recallAt1: rate(inScope.filter((r) => r.hitAt1).length, inScope.length),
    recallAt3: rate(inScope.filter((r) => r.hitAt3).length, inScope.length),
    inScopeAnswered: rate(inScope.filter((r) => r.status === 'answered').length, inScope.length),
    outOfScopeDeclined: rate(outOfScope.filter((r) => r.status !== 'answered').length, outOfScope.length),
    noiseDeclined: rate(noise.filter((r) => r.status !== 'answered').length, noise.length),
    followUpAccuracy: rate(
      inScope.filter((r) => r.item.history?.length && r.correct).length,
      inScope.filter((r) => r.item.history?.length).length,
    ),
    confidentWrong: rate(
      results.filter((r) => r.status === 'answered' && r.confidence >= CONFIDENT && !r.correct).length,
      results.filter((r) => r.status === 'answered' && r.confidence >= CONFIDENT).length,
    ),
    byKind,
  };
}

const pct = (r: Rate) => (r.total === 0 ? '   n/a' : `${((100 * r.hits) / r.total).toFixed(1).padStart(5)}%`);
const frac = (r: Rate) => `${pct(r)} (${r.hits}/${r.total})`;

export function formatReport(report: EvalReport): string {
  const lines = [
    `answer accuracy      ${frac(report.answerAccuracy)}`,
    `passage recall@1     ${frac(report.recallAt1)}`,
    `passage recall@3     ${frac(report.recallAt3)}`,
    `in-scope answered    ${frac(report.inScopeAnswered)}`,
    `out-of-scope declined ${frac(report.outOfScopeDeclined)}`,
    `noise declined       ${frac(report.noiseDeclined)}`,
    `wrong at conf >= ${CONFIDENT} ${frac(report.confidentWrong)}`,
    ...(report.followUpAccuracy.total ? [`follow-up accuracy   ${frac(report.followUpAccuracy)}`] : []),
    '',
    'by kind              in scope (accuracy)     out of scope (declined)',
  ];
  for (const [kind, r] of [...report.byKind].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${kind.padEnd(18)} ${(r.inScope.total ? frac(r.inScope) : '-').padEnd(23)} ${r.outOfScope.total ? frac(r.outOfScope) : '-'}`);
  }
  const misses = report.items.filter((r) => !r.correct);
  lines.push('', misses.length ? `misses (${misses.length}):` : 'misses: none');
  for (const r of misses) {
    const why = r.item.in_scope
      ? r.status === 'answered'
        ? `answered without a gold string (confidence ${r.confidence}; r@1 ${r.hitAt1 ? 'hit' : 'miss'}, r@3 ${r.hitAt3 ? 'hit' : 'miss'})`
        : `declined an in-scope question (confidence ${r.confidence})`
      : `answered an out-of-scope question (confidence ${r.confidence})`;
    lines.push(`  ${r.item.id} [${r.item.kind}] ${why}: ${JSON.stringify(r.item.question.slice(0, 100))}`);
    if (r.item.in_scope && r.status === 'answered') lines.push(`      quoted: ${JSON.stringify(r.quoted.slice(0, 200))}`);
  }
  return lines.join('\n');
}
