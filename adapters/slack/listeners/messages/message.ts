/**
 * Plain messages: a direct message is answered in the DM; a reply in a channel thread where
 * TradeTalk has answered is a follow-up, answered in the thread with the thread's history, with or
 * without an @mention. Any other message (a thread TradeTalk never answered in, a top-level
 * channel message) is left alone; one that mentions the bot is the app_mention listener's. A reply
 * in a DM thread never reaches this listener: Bolt's Assistant takes it (listeners/assistant/).
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { APOLOGY, replyMessage, textMessage } from '../../format.ts';
import { withoutBotMention } from '../../mentions.ts';
import { readThread } from '../../thread.ts';
import { slackToPlain } from '../../text.ts';

export function message({ conversation, logger, sends }: SlackDeps) {
  return async ({ message, say, context, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    // Only plain user messages: no edits, joins, or bot posts (our own replies included).
    if (message.subtype !== undefined || 'bot_id' in message) return;
    const isDm = message.channel_type === 'im';
    const text = message.text ?? '';
    if (!isDm && context.botUserId && text.includes(`<@${context.botUserId}`)) return;
    const threadTs = 'thread_ts' in message && message.thread_ts !== message.ts ? message.thread_ts : undefined;
    if (!isDm && !threadTs) return;
    try {
      const thread = threadTs ? await sends.withRateLimitRetry(message.channel, () => readThread(client, message.channel, threadTs, context)) : { answered: false, history: [] };
      if (!isDm && !thread.answered) {
        logger.debug({ event: 'thread_ignored', channel: message.channel }, 'a reply in a thread TradeTalk has not answered in');
        return;
      }
      const reply = conversation.respond({ text: slackToPlain(withoutBotMention(text, context.botUserId)), platform: 'slack', userId: message.user, where: message.channel, history: thread.history });
      await sends.withRateLimitRetry(message.channel, () => say({ ...(threadTs ? { thread_ts: threadTs } : {}), ...replyMessage(reply) }));
    } catch (err) {
      logger.error({ err, event: isDm ? 'direct_message' : 'thread_reply', channel: message.channel }, 'message failed');
      await say({ ...(threadTs ? { thread_ts: threadTs } : {}), ...textMessage(APOLOGY) }).catch((e: unknown) => logger.error({ err: e }, 'apology failed'));
    }
  };
}
