/** Asks the core a question on behalf of a chat user, and logs it without identifying them. */
import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Answer, TradeTalk } from '../src/index.ts';

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

export function askAndLog(bot: TradeTalk, logger: Logger, question: string, ctx: AskContext): Answer {
  const started = performance.now();
  const answer = bot.answer(question);
  logger.info(
    {
      event: 'question',
      platform: ctx.platform,
      user: pseudonym(ctx.platform, ctx.userId),
      questionLength: question.length,
      status: answer.status,
      topScore: answer.citations[0]?.score ?? 0,
      confidence: answer.confidence,
      latencyMs: Number((performance.now() - started).toFixed(2)),
    },
    'question answered',
  );
  return answer;
}
