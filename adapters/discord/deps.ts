/** What every Discord handler needs, handed in by the client so handlers stay free of globals. */
import type { Logger } from 'pino';
import type { Conversation } from '../conversation.ts';

export interface DiscordDeps {
  conversation: Conversation;
  logger: Logger;
}

/** How users reach the bot with a slash command, for the help text: "/tradetalk question: sources" goes through the command parser too. */
export const SLASH_HELP_PREFIX = '/tradetalk question: ';
