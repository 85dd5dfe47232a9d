/** What every Slack listener needs, handed in by the app so listeners stay free of globals. */
import type { Logger } from 'pino';
import type { Conversation } from '../conversation.ts';
import type { Sends } from '../sends.ts';

export interface SlackDeps {
  conversation: Conversation;
  logger: Logger;
  /** Time limits for sends, and per-channel retries of rate-limited ones. */
  sends: Sends;
  /** The slash command's name, for help text, e.g. "/tradetalk". */
  command: string;
}
