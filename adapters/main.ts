/**
 * The composition root: reads and validates the configuration, loads the corpus and starts
 * every configured adapter: Slack and/or Discord, or the terminal chat when neither is set.
 * It is the only module that knows every adapter.
 */
import 'dotenv/config';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { buildIndex, createTradeTalk, loadCorpus } from '../src/index.ts';
import { ConfigError, readConfig, secretsOf, type Config } from './config.ts';
import { createLogger } from './logger.ts';
import { createDiscordAdapter } from './discord/client.ts';
import { createSlackAdapter } from './slack/app.ts';
import { startTerminalChat } from './terminal/chat.ts';

interface Running {
  name: string;
  stop(): Promise<void>;
}

async function main(config: Config, logger: Logger): Promise<void> {
  const corpusDir = resolve(config.CORPUS_DIR);
  const corpus = await loadCorpus(corpusDir);
  for (const p of corpus.problems) logger.warn({ path: p.path, reason: p.reason }, 'skipped a broken article');
  const index = buildIndex(corpus);
  logger.info({ articles: corpus.articles.length, passages: index.passages.size, buildMs: Math.round(index.buildMs), corpusDir }, 'corpus loaded');
  const bot = createTradeTalk(() => index);

  const running: Running[] = [];
  if (config.SLACK_BOT_TOKEN) {
    const slack = createSlackAdapter({
      bot,
      logger: logger.child({ adapter: 'slack' }),
      botToken: config.SLACK_BOT_TOKEN,
      appToken: config.SLACK_APP_TOKEN,
      signingSecret: config.SLACK_SIGNING_SECRET,
      apiUrl: config.SLACK_API_URL,
      port: config.PORT,
    });
    await slack.start();
    running.push({ name: 'slack', stop: slack.stop });
  }
  if (config.DISCORD_TOKEN) {
    const discord = createDiscordAdapter({ bot, logger: logger.child({ adapter: 'discord' }), token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL });
    await discord.start();
    running.push({ name: 'discord', stop: discord.stop });
  }

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await Promise.allSettled(running.map((r) => r.stop()));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  if (running.length === 0) {
    await startTerminalChat({ index: () => index });
  }
}

let config: Config;
try {
  config = readConfig();
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : String(err));
  process.exit(1);
}
const logger = createLogger({
  level: config.LOG_LEVEL,
  pretty: config.NODE_ENV !== 'production' && Boolean(process.stderr.isTTY),
  secrets: secretsOf(config),
});
main(config, logger).catch((err: unknown) => {
  logger.fatal({ err }, err instanceof Error ? err.message : String(err));
  process.exit(1);
});
