/**
 * A Discord conversation, rebuilt from the chain of message references: each of TradeTalk's
 * answers carries its question in its embed, so the chain can be read without the privileged
 * Message Content intent (an app always sees its own messages).
 */
import type { Message } from 'discord.js';
import type { PriorTurn } from '../../src/index.ts';
import { readAnswerEmbed } from './format.ts';

/** Messages followed back along the chain at most (two per turn: the answer and the question it replied to). */
export const CHAIN_MESSAGES_READ = 20;

export interface ReplyChain {
  /** True when the message replies to one of TradeTalk's answers. */
  repliesToAnswer: boolean;
  /** The earlier questions of the conversation, oldest first. */
  history: PriorTurn[];
}

export async function readChain(message: Message, botId: string): Promise<ReplyChain> {
  const history: PriorTurn[] = [];
  let repliesToAnswer = false;
  let current = message;
  for (let i = 0; i < CHAIN_MESSAGES_READ && current.reference?.messageId; i++) {
    let previous: Message;
    try {
      previous = await current.fetchReference();
    } catch {
      break; // deleted, or in a channel the bot cannot see: the conversation starts after it
    }
    if (previous.author.id === botId) {
      const asked = readAnswerEmbed(previous.embeds[0]);
      if (asked) {
        history.unshift({ question: asked.question });
        if (i === 0) repliesToAnswer = true;
      }
    }
    current = previous;
  }
  return { repliesToAnswer, history };
}
