/**
 * Slack's AI assistant panel, with Bolt's `Assistant` class. A new assistant thread gets suggested
 * prompts: questions the articles answer. Each message in the thread is answered with the thread's
 * history (read back from Slack, as in channel threads), while the thread's status says TradeTalk
 * is reading the articles; Slack clears the status when the answer is posted.
 */
import { Assistant, type AssistantConfig } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { APOLOGY, replyMessage, textMessage } from '../../format.ts';
import { withoutBotMention } from '../../mentions.ts';
import { fromPerson } from '../../personMessage.ts';
import { slackToPlain } from '../../text.ts';
import { readThread } from '../../thread.ts';

/** Slack shows at most four suggested prompts. */
export const SUGGESTED_PROMPTS = 4;
export const PROMPTS_TITLE = 'Questions the articles answer:';
export const READING_STATUS = 'is reading the articles…';

/**
 * TradeTalk does not use the channel a user has open beside the panel, and keeps no state (so
 * HTTP-mode replicas agree); Bolt's default store would remember one context for every thread.
 */
const NO_THREAD_CONTEXT: NonNullable<AssistantConfig['threadContextStore']> = { get: async () => ({}), save: async () => {} };

export function tradetalkAssistant({ conversation, logger, sends }: SlackDeps): Assistant {
  return new Assistant({
    threadContextStore: NO_THREAD_CONTEXT,
    threadStarted: async ({ event, setSuggestedPrompts }) => {
      const channel = event.assistant_thread.channel_id;
      try {
        const prompts = conversation.bot.suggest('', SUGGESTED_PROMPTS).map((q) => ({ title: q, message: q }));
        if (prompts.length === 0) return;
        await sends.withRateLimitRetry(channel, () => setSuggestedPrompts({ prompts, title: PROMPTS_TITLE }));
      } catch (err) {
        logger.error({ err, event: 'assistant_thread_started', channel }, 'setting suggested prompts failed');
      }
    },
    userMessage: async ({ message, context, client, say, setStatus }) => {
      // Only what a person wrote (a file attached or not): not TradeTalk's own answers, edits or other subtypes.
      if (!fromPerson(message) || !message.thread_ts) return;
      const { channel, thread_ts: threadTs } = message;
      try {
        // The status is a courtesy: an answer must not wait on it or fail with it (a DM thread
        // outside the panel reaches this listener too, and Slack may refuse a status there).
        await sends.withRateLimitRetry(channel, () => setStatus(READING_STATUS)).catch((err: unknown) => logger.warn({ err, event: 'assistant_status', channel }, 'setting the thread status failed'));
        const thread = await sends.withRateLimitRetry(channel, () => readThread(client, channel, threadTs, context));
        const reply = conversation.respond({
          text: slackToPlain(withoutBotMention(message.text ?? '', context.botUserId)),
          platform: 'slack',
          userId: message.user,
          where: channel,
          history: thread.history,
        });
        await sends.withRateLimitRetry(channel, () => say(replyMessage(reply)));
      } catch (err) {
        logger.error({ err, event: 'assistant_message', channel }, 'assistant message failed');
        await say(textMessage(APOLOGY)).catch((e: unknown) => logger.error({ err: e }, 'apology failed'));
      }
    },
  });
}
