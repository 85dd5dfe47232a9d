/** Runs the Slack adapter in its own process for the benchmark, as it runs apart from Slack. */
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import pino from 'pino';
import { Admissions } from '../adapters/admission.ts';
import { createConversation } from '../adapters/conversation.ts';
import { createSlackAdapter } from '../adapters/slack/app.ts';
import { buildIndex, createTradeTalk, loadCorpus } from '../src/index.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../tests/helpers/slack-driver.ts';

const [mode, apiUrl] = process.argv.slice(2) as ['socket' | 'http', string];
const index = buildIndex(await loadCorpus('corpus'));
const bot = createTradeTalk(() => index);
const logger = pino({ level: 'silent' });
const adapter = createSlackAdapter({
  bot,
  logger,
  // The benchmark plays many users at once through one id, so the per-user rate limit is off.
  // The soak turns it on (BENCH_RATE_LIMIT) with many users, so the limiter's memory is exercised too.
  conversation: createConversation({ bot, logger, admissions: new Admissions({ perUserPerMinute: Number(process.env.BENCH_RATE_LIMIT ?? 0), maxInFlight: Number(process.env.BENCH_MAX_IN_FLIGHT ?? 1000) }) }),
  botToken: BOT_TOKEN,
  ...(mode === 'socket' ? { appToken: APP_TOKEN } : { signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1' }),
  apiUrl,
  webApiRetries: 0,
});
const server = await adapter.start();
process.stdout.write(`${JSON.stringify({ ready: true, port: server ? (server.address() as AddressInfo).port : undefined })}\n`);
// "mem" on stdin: reply with memory figures after a full collection (run with --expose-gc).
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'mem') return;
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ rss, heapUsed })}\n`);
});
process.once('SIGTERM', () => {
  if (process.env.BENCH_CPU) process.stderr.write(`bot cpu: ${JSON.stringify(process.cpuUsage())}\n`);
  void adapter.stop().then(() => process.exit(0));
});
