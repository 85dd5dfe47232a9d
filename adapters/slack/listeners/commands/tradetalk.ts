/** `/tradetalk [question | help | sources]`: ack at once, then answer ephemerally with a Share button. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { parseCommand } from '../../../../src/index.ts';
import { newAnswerId } from '../../../questions.ts';
import type { SlackDeps } from '../../deps.ts';
import { answerMessage, APOLOGY, sourcesMessage, textMessage } from '../../format.ts';

export function tradetalkCommand({ bot, asker, logger, command: name }: SlackDeps) {
  return async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    try {
      const text = command.text ?? '';
      const asked = parseCommand(text) ?? (text.trim() === '' ? 'help' : undefined);
      if (asked === 'help') return void (await respond({ response_type: 'ephemeral', ...textMessage(bot.help(`${name} `)) }));
      if (asked === 'sources') return void (await respond({ response_type: 'ephemeral', ...sourcesMessage(bot.sources()) }));
      await asker.ask(
        text,
        { platform: 'slack', userId: command.user_id },
        (answer) => respond({ response_type: 'ephemeral', ...answerMessage(answer, { answerId: newAnswerId(), shareable: true }) }),
        (refusal) => respond({ response_type: 'ephemeral', ...textMessage(refusal) }),
      );
    } catch (err) {
      logger.error({ err, event: 'slash_command', channel: command.channel_id }, 'slash command failed');
      await respond({ response_type: 'ephemeral', ...textMessage(APOLOGY) }).catch((e: unknown) => logger.error({ err: e }, 'apology failed'));
    }
  };
}
