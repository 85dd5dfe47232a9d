/**
 * A Slack thread's conversation, read back from Slack itself (so HTTP-mode replicas need no shared
 * state): TradeTalk's own answers in the thread carry their question and cited passages as message
 * metadata, and conversations.replies returns them.
 */
import type { webApi } from '@slack/bolt';
import type { PriorTurn } from '../../src/index.ts';
import { turnFromMetadata } from './format.ts';

/** Messages asked for in one conversations.replies call (Slack's advice is no more than 200). */
export const THREAD_MESSAGES_READ = 200;
/**
 * Pages of a thread read at most. Slack returns a thread oldest first, so the bot's latest answers
 * (the history that matters) are on the last pages: the thread is read to its end, up to this bound.
 */
export const THREAD_PAGES_READ = 10;

export interface ThreadConversation {
  /** True when TradeTalk has answered in this thread. */
  answered: boolean;
  /** Its earlier questions and the passages that answered them, oldest first. */
  history: PriorTurn[];
}

export interface Self {
  botUserId?: string;
  botId?: string;
}

/** Reads the thread whose parent is `threadTs` in `channel`. */
export async function readThread(client: webApi.WebClient, channel: string, threadTs: string, self: Self): Promise<ThreadConversation> {
  const history: PriorTurn[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < THREAD_PAGES_READ; page++) {
    const result = await client.conversations.replies({ channel, ts: threadTs, include_all_metadata: true, limit: THREAD_MESSAGES_READ, ...(cursor ? { cursor } : {}) });
    for (const message of result.messages ?? []) {
      // Slack may repeat the parent at the top of every page.
      if (page > 0 && message.ts === threadTs) continue;
      const ours = (self.botId !== undefined && message.bot_id === self.botId) || (self.botUserId !== undefined && message.user === self.botUserId);
      if (!ours) continue;
      const turn = turnFromMetadata(message.metadata);
      if (turn) history.push(turn);
    }
    cursor = result.has_more ? result.response_metadata?.next_cursor : undefined;
    if (!cursor) break;
  }
  return { answered: history.length > 0, history };
}
