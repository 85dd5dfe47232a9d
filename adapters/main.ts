/**
 * The composition root: reads and validates the configuration, loads the corpus and starts
 * every configured adapter: Slack and/or Discord, or the terminal chat when neither is set.
 * It is the only module that knows every adapter.
 */
import 'dotenv/config';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { createTradeTalk } from '../src/index.ts';
import { LiveIndex, type IndexEvent } from '../src/liveIndex.ts';
import { Admissions } from './admission.ts';
import { ConfigError, readConfig, secretsOf, type Config } from './config.ts';
import { createConversation } from './conversation.ts';
import { CorpusWatcher, type CorpusWatchEvent } from './corpusWatcher.ts';
import { createWorkerRebuilder } from './indexRebuilder.ts';
import { createLogger } from './logger.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { installProcessGuards } from './process-guards.ts';
import { Sends } from './sends.ts';
import { startOpsServer, type OpsServer } from './ops.ts';
import { buildProgressBar } from './progress.ts';
import { startTerminalChat } from './terminal/chat.ts';
import { errorMessage } from '../src/errorMessage.ts';

/** After SHUTDOWN_GRACE_MS, this long again for the adapters to disconnect before the process exits regardless. */
const SHUTDOWN_DISCONNECT_MS = 2_000;

interface Running {
  name: string;
  /** `graceMs`: what is left of the grace period, for requests still open (Slack HTTP mode). */
  stop(graceMs: number): Promise<void>;
  unhealthy(): string | undefined;
}

/** Logs what happened to the index and keeps the corpus metrics current. */
function reportIndexEvent(event: IndexEvent, logger: Logger, metrics: Metrics): void {
  switch (event.kind) {
    case 'loaded':
      metrics.corpusArticles.set(event.articles);
      metrics.corpusPassages.set(event.passages);
      metrics.indexBuildSeconds.set(event.ms / 1000);
      if (event.reload) metrics.corpusReloads.inc({ result: 'ok' });
      logger.info({ event: event.reload ? 'corpus_reloaded' : 'corpus_loaded', source: event.source, articles: event.articles, passages: event.passages, ms: Math.round(event.ms) }, event.reload ? 'corpus reloaded' : 'corpus loaded');
      break;
    case 'broken-file':
      logger.warn({ event: 'broken_article', path: event.path, reason: event.reason, keptPreviousVersion: event.kept }, event.kept ? 'broken article: its previous version stays in service' : 'broken article skipped');
      break;
    case 'snapshot-rejected':
      logger.warn({ event: 'snapshot_rejected', reason: event.reason }, 'index snapshot not used; rebuilding');
      break;
    case 'snapshot-written':
      logger.debug({ event: 'snapshot_written', bytes: event.bytes, ms: Math.round(event.ms) }, 'index snapshot written');
      break;
    case 'snapshot-failed':
      logger.warn({ event: 'snapshot_failed', reason: event.reason }, 'could not write the index snapshot');
      break;
    case 'reload-failed':
      metrics.corpusReloads.inc({ result: 'failed' });
      logger.error({ event: 'corpus_reload_failed', reason: event.reason }, 'corpus reload failed; the previous index stays in service');
      break;
  }
}

/** Logs the corpus directory disappearing and coming back, and a failing watch. */
function reportWatchEvent(event: CorpusWatchEvent, logger: Logger): void {
  switch (event.kind) {
    case 'dir-gone':
      logger.error({ event: 'corpus_dir_gone', dir: event.dir }, 'corpus directory disappeared; the previous index stays in service until it is back');
      break;
    case 'dir-back':
      logger.info({ event: 'corpus_dir_back', dir: event.dir }, 'corpus directory is back; watching it again and reloading');
      break;
    case 'watch-failed':
      logger.warn({ event: 'corpus_watch_failed', dir: event.dir, reason: event.reason }, 'watching the corpus directory failed; retrying');
      break;
  }
}

async function main(config: Config, logger: Logger): Promise<void> {
  const metrics = createMetrics();
  const corpusDir = resolve(config.CORPUS_DIR);
  const bar = buildProgressBar();
  let starting = true;
  const live = await LiveIndex.open(corpusDir, {
    snapshot: config.INDEX_SNAPSHOT,
    maxArticleBytes: config.MAX_ARTICLE_BYTES,
    onProgress: (done, total) => starting && bar.onProgress(done, total),
    onEvent: (event) => reportIndexEvent(event, logger, metrics),
    // Reloads build in a worker thread, so this thread keeps answering whatever the corpus holds.
    rebuild: createWorkerRebuilder(),
  });
  starting = false;
  bar.stop();
  const watcher = config.CORPUS_WATCH ? await CorpusWatcher.start(corpusDir, () => live.reload(), { onEvent: (event) => reportWatchEvent(event, logger) }) : undefined;
  const bot = createTradeTalk(() => live.current);
  const admissions = new Admissions({ perUserPerMinute: config.RATE_LIMIT_PER_MINUTE, maxInFlight: config.MAX_IN_FLIGHT });
  const conversation = createConversation({ bot, logger, admissions, metrics });

  const slackSends = new Sends({ platform: 'slack', timeoutMs: config.SEND_TIMEOUT_MS, metrics, logger: logger.child({ adapter: 'slack' }) });
  const running: Running[] = [];
  // Each chat SDK (Bolt, discord.js) is imported only when its token is set: importing both took
  // about 0.8 s of a 2.2 s start-up, wasted on a terminal chat or a one-platform deployment.
  if (config.SLACK_BOT_TOKEN) {
    const { createSlackAdapter } = await import('./slack/app.ts');
    const slack = createSlackAdapter({
      bot,
      conversation,
      logger: logger.child({ adapter: 'slack' }),
      botToken: config.SLACK_BOT_TOKEN,
      appToken: config.SLACK_APP_TOKEN,
      signingSecret: config.SLACK_SIGNING_SECRET,
      apiUrl: config.SLACK_API_URL,
      maxBodyBytes: config.SLACK_MAX_BODY_BYTES,
      sends: slackSends,
      port: config.PORT,
    });
    await slack.start();
    running.push({ name: 'slack', stop: slack.stop, unhealthy: slack.unhealthy });
  }
  if (config.DISCORD_TOKEN) {
    const { createDiscordAdapter } = await import('./discord/client.ts');
    const discord = createDiscordAdapter({
      bot,
      conversation,
      logger: logger.child({ adapter: 'discord' }),
      token: config.DISCORD_TOKEN,
      apiUrl: config.DISCORD_API_URL,
      restTimeoutMs: config.SEND_TIMEOUT_MS,
      sends: new Sends({ platform: 'discord', timeoutMs: config.SEND_TIMEOUT_MS, metrics, logger: logger.child({ adapter: 'discord' }) }),
    });
    await discord.start();
    running.push({ name: 'discord', stop: discord.stop, unhealthy: discord.unhealthy });
  }

  if (running.length === 0) {
    // At a terminal the chat and the log share one screen: a log block after every question buries
    // the answers. Unless LOG_LEVEL is set, only warnings and errors are shown there.
    if (process.stdin.isTTY && process.stdout.isTTY && process.env.LOG_LEVEL === undefined) logger.level = 'warn';
    if (!process.stdin.isTTY) {
      logger.warn({ event: 'no_chat_adapter' }, 'no Slack or Discord token is set and standard input is not a terminal: answering lines piped to standard input until it ends');
    }
    // One person at a terminal: no per-user rate limit, so piped lines are all answered.
    const local = createConversation({ bot, logger, admissions: new Admissions({ perUserPerMinute: 0, maxInFlight: config.MAX_IN_FLIGHT }), metrics });
    await startTerminalChat({ conversation: local });
    watcher?.close();
    await live.close();
    return;
  }

  let stopping = false;
  let ops: OpsServer | undefined;
  // Started only once the corpus is loaded, so a running ops server implies a loaded corpus.
  if (config.OPS_PORT !== 'off') {
    ops = await startOpsServer({
      port: config.OPS_PORT,
      host: config.OPS_HOST,
      registry: metrics.registry,
      problems: () => [
        ...(stopping ? ['shutting down'] : []),
        ...running.map((r) => r.unhealthy()).filter((p): p is string => p !== undefined),
      ],
    });
    logger.info({ event: 'ops_listening', host: config.OPS_HOST, port: ops.port }, `ops server on http://${config.OPS_HOST}:${ops.port} (/healthz, /metrics)`);
  }

  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    // Whatever still runs (a hung reload, a disconnect that never returns), the process ends.
    // process.exit() is not enough: it waits for libuv's worker threads, and one blocked in a
    // read (a named pipe in the corpus) never returns. SIGKILL to itself ends it regardless.
    setTimeout(() => {
      logger.error({ event: 'shutdown_deadline', graceMs: config.SHUTDOWN_GRACE_MS, deadlineMs: config.SHUTDOWN_GRACE_MS + SHUTDOWN_DISCONNECT_MS }, 'shutdown deadline passed; killing the process');
      logger.flush();
      process.kill(process.pid, 'SIGKILL');
    }, config.SHUTDOWN_GRACE_MS + SHUTDOWN_DISCONNECT_MS).unref();
    const started = performance.now();
    logger.info({ signal, inFlight: admissions.inFlight, sending: slackSends.pending }, 'shutting down: no new questions; finishing those in flight and the replies being sent');
    const drained = await admissions.close(config.SHUTDOWN_GRACE_MS);
    if (!drained) logger.warn({ inFlight: admissions.inFlight, graceMs: config.SHUTDOWN_GRACE_MS }, 'questions still in flight after the grace period');
    const graceLeft = () => Math.max(0, config.SHUTDOWN_GRACE_MS - (performance.now() - started));
    const sent = await slackSends.idle(graceLeft());
    if (sent) logger.info({ event: 'drained' }, 'every reply sent');
    else logger.warn({ sending: slackSends.pending, graceMs: config.SHUTDOWN_GRACE_MS }, 'replies still being sent after the grace period');
    // The Slack HTTP server closes its idle connections at once and cuts those still open when the
    // grace period ends, so a client that never finishes its request cannot hold shutdown.
    await Promise.allSettled(running.map((r) => r.stop(graceLeft())));
    watcher?.close();
    await live.close();
    await ops?.close();
    logger.info({ signal }, 'stopped');
    logger.flush();
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  onFatal = () => void shutdown('uncaughtException', 1);
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
// Installed before anything starts, so a stray rejection during start-up is logged too. Until
// the adapters run (and a graceful shutdown exists), an uncaught exception just ends the process.
let onFatal: () => void = () => {
  logger.flush();
  process.exit(1);
};
installProcessGuards({ logger, onFatal: () => onFatal() });
main(config, logger).catch((err: unknown) => {
  logger.fatal({ err }, errorMessage(err));
  process.exit(1);
});
