/**
 * A Slack thread's conversation, read back from Slack itself (so HTTP-mode replicas need no shared
 * state): TradeTalk's own answers in the thread carry their question and cited passages as message
 * metadata, and conversations.replies returns them.
 */
import type { webApi } from '@slack/bolt';
import type { PriorTurn } from '../../src/index.ts';
import { turnFromMetadata } from './format.ts';

/** Messages of a thread read at most; a longer thread's oldest turns are the least useful anyway. */
export const THREAD_MESSAGES_READ = 200;

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
  const result = await client.conversations.replies({ channel, ts: threadTs, include_all_metadata: true, limit: THREAD_MESSAGES_READ });
  const history: PriorTurn[] = [];
  for (const message of result.messages ?? []) {
    const ours = (self.botId !== undefined && message.bot_id === self.botId) || (self.botUserId !== undefined && message.user === self.botUserId);
    if (!ours) continue;
    const turn = turnFromMetadata(message.metadata);
    if (turn) history.push(turn);
  }
  return { answered: history.length > 0, history };
}
