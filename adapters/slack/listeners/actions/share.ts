/** "Share in channel": posts the same answer publicly, noting who asked. */
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { answerMessage, APOLOGY, parseButtonValue, textMessage } from '../../format.ts';

export function shareAnswer({ asker, logger }: SlackDeps) {
  return async ({ ack, action, body, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    try {
      const value = parseButtonValue(action.value);
      if (!value) throw new Error(`share button with an unreadable value (${String(action.value).slice(0, 40)})`);
      await asker.ask(
        value.q,
        { platform: 'slack', userId: body.user.id },
        (answer) => respond({ response_type: 'in_channel', replace_original: false, ...answerMessage(answer, { answerId: value.id, askedBy: body.user.id }) }),
        (refusal) => respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(refusal) }),
      );
    } catch (err) {
      logger.error({ err, event: 'share' }, 'share failed');
      await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(APOLOGY) }).catch((e: unknown) => logger.error({ err: e }, 'apology failed'));
    }
  };
}
