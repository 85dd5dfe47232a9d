/** `/tradetalk [question | help | sources]`: ack at once, then answer ephemerally with a Share button. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { APOLOGY, replyMessage, textMessage } from '../../format.ts';
import { slackToPlain } from '../../text.ts';

export function tradetalkCommand({ conversation, logger, command: name }: SlackDeps) {
  return async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    try {
      const reply = conversation.respond({ text: slackToPlain(command.text ?? ''), platform: 'slack', userId: command.user_id, where: command.channel_id, helpPrefix: `${name} ` });
      await respond({ response_type: 'ephemeral', ...replyMessage(reply, { shareable: true }, false) });
    } catch (err) {
      logger.error({ err, event: 'slash_command', channel: command.channel_id }, 'slash command failed');
      await respond({ response_type: 'ephemeral', ...textMessage(APOLOGY) }).catch((e: unknown) => logger.error({ err: e }, 'apology failed'));
    }
  };
}
