/**
 * Asks the core a question on behalf of a chat user: admission (rate limit, concurrency bound,
 * shutdown), the answer, a log line that does not identify the user, and metrics.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Answer, TradeTalk } from '../src/index.ts';
import { Admissions, refusalText } from './admission.ts';
import type { Metrics } from './metrics.ts';

/** A stable pseudonym for a chat user: the same person gets the same id, which cannot be turned back into theirs. */
export function pseudonym(platform: string, userId: string): string {
  return createHash('sha256').update(`tradetalk:${platform}:${userId}`).digest('hex').slice(0, 12);
}

/** A short id that ties feedback clicks to the answer they rate. */
export function newAnswerId(): string {
  return randomUUID().slice(0, 8);
}

export interface AskContext {
  platform: 'slack' | 'discord' | 'terminal';
  userId: string;
}

export interface Asker {
  bot: TradeTalk;
  /**
   * Answers `question` and hands the answer to `reply`, or hands `refuse` a friendly reason
   * when the question cannot be taken now. The question counts as in flight until `reply` settles.
   */
  ask(question: string, ctx: AskContext, reply: (answer: Answer) => Promise<unknown>, refuse: (text: string) => Promise<unknown>): Promise<void>;
}

export interface AskerOptions {
  bot: TradeTalk;
  logger: Logger;
  admissions?: Admissions;
  metrics?: Metrics;
}

export function createAsker({ bot, logger, admissions = new Admissions(), metrics }: AskerOptions): Asker {
  return {
    bot,
    async ask(question, ctx, reply, refuse) {
      const user = pseudonym(ctx.platform, ctx.userId);
      const refusal = admissions.enter(`${ctx.platform}:${ctx.userId}`);
      if (refusal) {
        logger.info({ event: 'question', platform: ctx.platform, user, questionLength: question.length, status: refusal }, 'question refused');
        metrics?.questions.inc({ platform: ctx.platform, status: refusal });
        await refuse(refusalText(refusal));
        return;
      }
      try {
        const started = performance.now();
        let answer: Answer;
        try {
          answer = bot.answer(question);
        } catch (err) {
          metrics?.questions.inc({ platform: ctx.platform, status: 'error' });
          throw err;
        }
        const seconds = (performance.now() - started) / 1000;
        metrics?.questions.inc({ platform: ctx.platform, status: answer.status });
        metrics?.latency.observe({ platform: ctx.platform }, seconds);
        logger.info(
          {
            event: 'question',
            platform: ctx.platform,
            user,
            questionLength: question.length,
            status: answer.status,
            topScore: answer.citations[0]?.score ?? 0,
            confidence: answer.confidence,
            latencyMs: Number((seconds * 1000).toFixed(2)),
          },
          'question answered',
        );
        await reply(answer);
      } finally {
        admissions.leave();
      }
    },
  };
}
