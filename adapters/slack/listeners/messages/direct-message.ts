/** A direct message to the app: answered in the DM. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { parseCommand } from '../../../../src/index.ts';
import { newAnswerId } from '../../../questions.ts';
import type { SlackDeps } from '../../deps.ts';
import { answerMessage, APOLOGY, sourcesMessage, textMessage } from '../../format.ts';
import { withoutBotMention } from '../../mentions.ts';

export function directMessage({ bot, asker, logger }: SlackDeps) {
  return async ({ message, say, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    // Only plain user messages in a DM: no edits, joins, or bot posts (our own replies included).
    if (message.channel_type !== 'im' || message.subtype !== undefined || 'bot_id' in message) return;
    const thread = message.thread_ts === undefined ? {} : { thread_ts: message.thread_ts };
    try {
      const question = withoutBotMention(message.text ?? '', context.botUserId);
      const asked = parseCommand(question) ?? (question.trim() === '' ? 'help' : undefined);
      if (asked === 'help') return void (await say({ ...thread, ...textMessage(bot.help()) }));
      if (asked === 'sources') return void (await say({ ...thread, ...sourcesMessage(bot.sources()) }));
      await asker.ask(
        question,
        { platform: 'slack', userId: message.user },
        (answer) => say({ ...thread, ...answerMessage(answer, { answerId: newAnswerId() }) }),
        (refusal) => say({ ...thread, ...textMessage(refusal) }),
      );
    } catch (err) {
      logger.error({ err, event: 'direct_message', channel: message.channel }, 'direct message failed');
      await say({ ...thread, ...textMessage(APOLOGY) }).catch((e: unknown) => logger.error({ err: e }, 'apology failed'));
    }
  };
}
