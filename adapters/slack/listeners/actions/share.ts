/**
 * "Share in channel": the question is asked again through the conversation layer (so sharing is
 * rate-limited, logged and counted like any turn) and the answer posted publicly under the same
 * answer id, noting who asked. Slack does not hand an app its ephemeral message back, so the
 * answer is re-made rather than copied; Discord's Share does the same.
 */
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { APOLOGY, parseButtonValue, replyMessage, textMessage } from '../../format.ts';

export function shareAnswer({ conversation, logger }: SlackDeps) {
  return async ({ ack, action, body, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    try {
      const value = parseButtonValue(action.value);
      if (!value) throw new Error(`share button with an unreadable value (${String(action.value).slice(0, 40)})`);
      const reply = conversation.respond({ text: value.q, platform: 'slack', userId: body.user.id, where: body.channel?.id, answerId: value.id });
      const shared = reply.kind === 'answer';
      await respond({ response_type: shared ? 'in_channel' : 'ephemeral', replace_original: false, ...replyMessage(reply, { askedBy: body.user.id }, false) });
    } catch (err) {
      logger.error({ err, event: 'share' }, 'share failed');
      await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(APOLOGY) }).catch((e: unknown) => logger.error({ err: e }, 'apology failed'));
    }
  };
}
