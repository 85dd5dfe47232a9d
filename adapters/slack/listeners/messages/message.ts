/**
 * Plain messages: a direct message is answered in the DM; a reply in a channel thread where
 * TradeTalk has answered is a follow-up, answered in the thread with the thread's history, with or
 * without an @mention, unless it is said to others there: it opens with someone else's mention, or
 * it is a note to everyone that asks nothing ("<!here> lunch is in"). Any other message (a thread
 * TradeTalk never answered in, a top-level channel message) is left alone; one that mentions the bot
 * is the app_mention listener's. A reply in a DM thread never reaches this listener: Bolt's
 * Assistant takes it (listeners/assistant/).
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { isChannelNote } from '../../../../src/question.ts';
import type { SlackDeps } from '../../deps.ts';
import { APOLOGY, replyMessage, textMessage } from '../../format.ts';
import { opensWithSomeoneElse, withoutBotMention } from '../../mentions.ts';
import { fromPerson } from '../../personMessage.ts';
import { readThread } from '../../thread.ts';
import { slackToPlain } from '../../text.ts';

export function message({ conversation, logger, sends }: SlackDeps) {
  return async ({ message, say, context, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    if (!fromPerson(message)) return;
    const isDm = message.channel_type === 'im';
    const text = message.text ?? '';
    if (!isDm && context.botUserId && text.includes(`<@${context.botUserId}`)) return;
    const threadTs = 'thread_ts' in message && message.thread_ts !== message.ts ? message.thread_ts : undefined;
    if (!isDm && !threadTs) return;
    // A file shared in a thread without a word is not a question (in a DM it gets the help).
    if (!isDm && message.subtype === 'file_share' && text.trim() === '') return;
    // "<!here> pls stop pushing to main" or "<@U123> can u look at my PR?" in a thread is said to others there, not asked of TradeTalk.
    if (!isDm && (isChannelNote(text) || opensWithSomeoneElse(text, context.botUserId))) return;
    // Known once the thread is read: until then a channel thread may be none of TradeTalk's business.
    let answered = false;
    try {
      const thread = threadTs ? await sends.withRateLimitRetry(message.channel, () => readThread(client, message.channel, threadTs, context)) : { answered: false, history: [] };
      answered = thread.answered;
      if (!isDm && !thread.answered) {
        logger.debug({ event: 'thread_ignored', channel: message.channel }, 'a reply in a thread TradeTalk has not answered in');
        return;
      }
      const reply = conversation.respond({ text: slackToPlain(withoutBotMention(text, context.botUserId)), platform: 'slack', userId: message.user, where: message.channel, history: thread.history });
      await sends.withRateLimitRetry(message.channel, () => say({ ...(threadTs ? { thread_ts: threadTs } : {}), ...replyMessage(reply) }));
    } catch (err) {
      logger.error({ err, event: isDm ? 'direct_message' : 'thread_reply', channel: message.channel }, 'message failed');
      // A thread that could not be read may be people talking among themselves: no apology there.
      if (!isDm && !answered) return;
      await say({ ...(threadTs ? { thread_ts: threadTs } : {}), ...textMessage(APOLOGY) }).catch((e: unknown) => logger.error({ err: e }, 'apology failed'));
    }
  };
}
