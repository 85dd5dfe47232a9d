/** What every Slack listener needs, handed in by the app so listeners stay free of globals. */
import type { Logger } from 'pino';
import type { Conversation } from '../conversation.ts';

export interface SlackDeps {
  conversation: Conversation;
  logger: Logger;
  /** The slash command's name, for help text, e.g. "/tradetalk". */
  command: string;
}
