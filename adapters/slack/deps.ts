/** What every Slack listener needs, handed in by the app so listeners stay free of globals. */
import type { Logger } from 'pino';
import type { TradeTalk } from '../../src/index.ts';
import type { Asker } from '../questions.ts';

export interface SlackDeps {
  bot: TradeTalk;
  asker: Asker;
  logger: Logger;
  /** The slash command's name, for help text, e.g. "/tradetalk". */
  command: string;
}
