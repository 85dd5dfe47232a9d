/** `@TradeTalk question` in a channel: answered in the thread of the asking message, with the thread's history. Bots' mentions are left alone. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { APOLOGY, replyMessage, textMessage } from '../../format.ts';
import { withoutBotMention } from '../../mentions.ts';
import { readThread } from '../../thread.ts';
import { slackToPlain } from '../../text.ts';

export function appMention({ conversation, logger, sends }: SlackDeps) {
  return async ({ event, say, context, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    // Another bot's post that mentions us is not a person asking (as on Discord): answering bots can loop between them.
    if (event.bot_id !== undefined) return;
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      const { history } = event.thread_ts ? await sends.withRateLimitRetry(event.channel, () => readThread(client, event.channel, event.thread_ts!, context)) : { history: [] };
      const reply = conversation.respond({
        text: slackToPlain(withoutBotMention(event.text ?? '', context.botUserId)),
        platform: 'slack',
        userId: event.user ?? 'unknown',
        where: event.channel,
        history,
        helpPrefix: '@TradeTalk ',
      });
      await sends.withRateLimitRetry(event.channel, () => say({ thread_ts, ...replyMessage(reply) }));
    } catch (err) {
      logger.error({ err, event: 'app_mention', channel: event.channel }, 'mention failed');
      await say({ thread_ts, ...textMessage(APOLOGY) }).catch((e: unknown) => logger.error({ err: e }, 'apology failed'));
    }
  };
}
