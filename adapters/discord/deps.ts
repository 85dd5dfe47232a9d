/** What every Discord handler needs, handed in by the client so handlers stay free of globals. */
import type { Logger } from 'pino';
import type { TradeTalk } from '../../src/index.ts';
import type { Asker } from '../questions.ts';

export interface DiscordDeps {
  bot: TradeTalk;
  asker: Asker;
  logger: Logger;
}
