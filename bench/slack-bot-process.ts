/** Runs the Slack adapter in its own process for the benchmark, as it runs apart from Slack. */
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createSlackAdapter } from '../adapters/slack/app.ts';
import { buildIndex, createTradeTalk, loadCorpus } from '../src/index.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../tests/helpers/slack-driver.ts';

const [mode, apiUrl] = process.argv.slice(2) as ['socket' | 'http', string];
const index = buildIndex(await loadCorpus('corpus'));
const adapter = createSlackAdapter({
  bot: createTradeTalk(() => index),
  logger: pino({ level: 'silent' }),
  botToken: BOT_TOKEN,
  ...(mode === 'socket' ? { appToken: APP_TOKEN } : { signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1' }),
  apiUrl,
  webApiRetries: 0,
});
const server = await adapter.start();
process.stdout.write(`${JSON.stringify({ ready: true, port: server ? (server.address() as AddressInfo).port : undefined })}\n`);
process.once('SIGTERM', () => {
  if (process.env.BENCH_CPU) process.stderr.write(`bot cpu: ${JSON.stringify(process.cpuUsage())}\n`);
  void adapter.stop().then(() => process.exit(0));
});
