/** `@TradeTalk question` in a channel: answered in the thread of the asking message. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { parseCommand } from '../../../../src/index.ts';
import { newAnswerId } from '../../../questions.ts';
import type { SlackDeps } from '../../deps.ts';
import { answerMessage, APOLOGY, sourcesMessage, textMessage } from '../../format.ts';
import { withoutBotMention } from '../../mentions.ts';

export function appMention({ bot, asker, logger }: SlackDeps) {
  return async ({ event, say, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      const question = withoutBotMention(event.text ?? '', context.botUserId);
      const asked = parseCommand(question) ?? (question.trim() === '' ? 'help' : undefined);
      if (asked === 'help') return void (await say({ thread_ts, ...textMessage(bot.help('@TradeTalk ')) }));
      if (asked === 'sources') return void (await say({ thread_ts, ...sourcesMessage(bot.sources()) }));
      await asker.ask(
        question,
        { platform: 'slack', userId: event.user ?? 'unknown' },
        (answer) => say({ thread_ts, ...answerMessage(answer, { answerId: newAnswerId() }) }),
        (refusal) => say({ thread_ts, ...textMessage(refusal) }),
      );
    } catch (err) {
      logger.error({ err, event: 'app_mention', channel: event.channel }, 'mention failed');
      await say({ thread_ts, ...textMessage(APOLOGY) }).catch((e: unknown) => logger.error({ err: e }, 'apology failed'));
    }
  };
}
