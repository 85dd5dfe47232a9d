/** Registers every Slack listener, one per file, as in Bolt's starter template. */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.ts';
import { ACTION_HELPFUL, ACTION_NOT_HELPFUL, ACTION_SHARE } from '../format.ts';
import { answerFeedback } from './actions/feedback.ts';
import { shareAnswer } from './actions/share.ts';
import { tradetalkAssistant } from './assistant/assistant.ts';
import { tradetalkCommand } from './commands/tradetalk.ts';
import { appMention } from './events/app-mention.ts';
import { message } from './messages/message.ts';

export function registerListeners(app: App, deps: SlackDeps): void {
  // The assistant panel's events and messages go to the Assistant, and no further.
  app.assistant(tradetalkAssistant(deps));
  app.command(deps.command, tradetalkCommand(deps));
  app.event('app_mention', appMention(deps));
  app.message(message(deps));
  app.action(ACTION_SHARE, shareAnswer(deps));
  app.action(ACTION_HELPFUL, answerFeedback(deps));
  app.action(ACTION_NOT_HELPFUL, answerFeedback(deps));
}
