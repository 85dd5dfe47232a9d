/**
 * The one conversation flow every adapter uses. An adapter turns a platform event into a `Turn`
 * (its own mention and markup syntax already removed) and renders the `Reply` it gets back; this
 * module does everything in between for every kind of turn: the command parser, admission (rate
 * limit, in-flight bound, shutdown), the core, a log line that does not identify the user, and
 * metrics. It is synchronous, so a turn is in flight only while it is answered, never while its
 * reply is being sent.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { parseCommand, type Answer, type PriorTurn, type SourceListing, type TradeTalk } from '../src/index.ts';
import { Admissions, refusalText, type Refusal } from './admission.ts';
import type { Metrics } from './metrics.ts';

export type Platform = 'slack' | 'discord' | 'terminal';

/** What a person said, as an adapter hands it over. */
export interface Turn {
  /** The text with the platform's own mention and markup syntax removed. */
  text: string;
  platform: Platform;
  /** The platform's user id of who asked: rate-limited by, logged only as a pseudonym. */
  userId: string;
  /** Where it was said (channel, thread), for logs. */
  where?: string | undefined;
  /** The conversation's earlier questions and the passages that answered them, oldest first. */
  history?: readonly PriorTurn[];
  /** How users reach the bot on this surface, for the help text, e.g. "/tradetalk ". */
  helpPrefix?: string;
  /** Keep this answer id (a shared answer keeps the id of the one it shares). */
  answerId?: string;
}

/** What to say back, as plain data for the adapter to render. */
export type Reply =
  | { kind: 'answer'; answerId: string; answer: Answer }
  | { kind: 'sources'; answerId: string; sources: SourceListing }
  | { kind: 'help'; answerId: string; text: string }
  | { kind: 'refusal'; answerId: string; refusal: Refusal; text: string }
  | { kind: 'error'; answerId: string; text: string };

export const APOLOGY = "Sorry, something went wrong while answering that. It's been logged; please try again.";

/** The history item an answer adds to its conversation: its question and the passages it cited. */
export function priorTurn(answer: Answer): PriorTurn {
  return { question: answer.question, passageIds: answer.citations.map((c) => c.passageId) };
}

/** A stable pseudonym for a chat user: the same person gets the same id, which cannot be turned back into theirs. */
export function pseudonym(platform: string, userId: string): string {
  return createHash('sha256').update(`tradetalk:${platform}:${userId}`).digest('hex').slice(0, 12);
}

/** A short id that ties feedback clicks to the answer they rate. */
export function newAnswerId(): string {
  return randomUUID().slice(0, 8);
}

export interface Conversation {
  bot: TradeTalk;
  /** Answers one turn. Never throws: a failing core gives `{ kind: 'error' }`, logged. */
  respond(turn: Turn): Reply;
}

export interface ConversationOptions {
  bot: TradeTalk;
  logger: Logger;
  admissions?: Admissions;
  metrics?: Metrics;
}

export function createConversation({ bot, logger, admissions = new Admissions(), metrics }: ConversationOptions): Conversation {
  return {
    bot,
    respond(turn) {
      const answerId = turn.answerId ?? newAnswerId();
      const line = {
        event: 'question',
        platform: turn.platform,
        user: pseudonym(turn.platform, turn.userId),
        answerId,
        questionLength: turn.text.length,
        historyTurns: turn.history?.length ?? 0,
      };
      const command = parseCommand(turn.text) ?? (turn.text.trim() === '' ? 'help' : undefined);
      const refusal = admissions.enter(`${turn.platform}:${turn.userId}`);
      if (refusal) {
        logger.info({ ...line, kind: command ?? 'question', status: refusal }, 'question refused');
        metrics?.questions.inc({ platform: turn.platform, status: refusal });
        return { kind: 'refusal', answerId, refusal, text: refusalText(refusal) };
      }
      const started = performance.now();
      try {
        let reply: Reply;
        let fields: Record<string, unknown>;
        if (command === 'help') {
          reply = { kind: 'help', answerId, text: bot.help(turn.helpPrefix) };
          fields = { status: 'help' };
        } else if (command === 'sources') {
          reply = { kind: 'sources', answerId, sources: bot.sources() };
          fields = { status: 'sources', articles: reply.sources.articles.length };
        } else {
          const answer = bot.answer(turn.text, turn.history?.length ? { history: turn.history } : {});
          reply = { kind: 'answer', answerId, answer };
          fields = { status: answer.status, topScore: answer.citations[0]?.score ?? 0, confidence: answer.confidence };
        }
        const seconds = (performance.now() - started) / 1000;
        metrics?.questions.inc({ platform: turn.platform, status: String(fields.status) });
        metrics?.latency.observe({ platform: turn.platform }, seconds);
        logger.info({ ...line, kind: reply.kind, ...fields, latencyMs: Number((seconds * 1000).toFixed(2)) }, 'question answered');
        return reply;
      } catch (err) {
        metrics?.questions.inc({ platform: turn.platform, status: 'error' });
        logger.error({ ...line, err, where: turn.where, status: 'error' }, 'question failed');
        return { kind: 'error', answerId, text: APOLOGY };
      } finally {
        admissions.leave();
      }
    },
  };
}
