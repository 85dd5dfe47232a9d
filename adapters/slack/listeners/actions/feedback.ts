/** "Helpful / Not helpful": logged with the question and answer id, then acknowledged to the user. */
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { pseudonym } from '../../../conversation.ts';
import type { SlackDeps } from '../../deps.ts';
import { ACTION_HELPFUL, parseButtonValue, textMessage } from '../../format.ts';

export const FEEDBACK_THANKS = 'Thanks for the feedback!';

export function answerFeedback({ logger }: SlackDeps) {
  return async ({ ack, action, body, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const value = parseButtonValue(action.value);
    logger.info(
      {
        event: 'feedback',
        platform: 'slack',
        helpful: action.action_id === ACTION_HELPFUL,
        answerId: value?.id ?? 'unknown',
        question: value?.q ?? '',
        user: pseudonym('slack', body.user.id),
      },
      'answer feedback',
    );
    await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(FEEDBACK_THANKS) }).catch((err: unknown) =>
      logger.error({ err, event: 'feedback' }, 'feedback acknowledgement failed'),
    );
  };
}
