/**
 * Load (issue 11, item 4): 2,000 slash commands, 50 at a time from different users, through
 * Slack HTTP mode against a fake Slack that answers at once, with the default MAX_IN_FLIGHT and
 * rate limit. Counts the replies that turned the user away as busy: there should be none.
 */
import { once } from 'node:events';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { BUSY_TEXT, DEFAULT_MAX_IN_FLIGHT, DEFAULT_RATE_LIMIT_PER_MINUTE } from '../adapters/admission.ts';
import { FakeSlack } from '../tests/helpers/fake-slack.ts';
import { SlackDriver } from '../tests/helpers/slack-driver.ts';
import { runConcurrently } from './stats.ts';

export const LOAD_COMMANDS = 2_000;
const AT_A_TIME = 50;

export async function benchLoad(): Promise<string> {
  const fake = await FakeSlack.start();
  const bot = spawn(process.execPath, ['--import', 'tsx', 'bench/slack-bot-process.ts', 'http', fake.apiUrl], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, BENCH_RATE_LIMIT: String(DEFAULT_RATE_LIMIT_PER_MINUTE), BENCH_MAX_IN_FLIGHT: String(DEFAULT_MAX_IN_FLIGHT) },
  });
  const lines = createInterface({ input: bot.stdout });
  const [first] = (await once(lines, 'line')) as [string];
  const { port } = JSON.parse(first) as { port: number };
  const driver = SlackDriver.attach('http', fake, port);
  let busy = 0;
  let answered = 0;
  let failed = 0;
  const started = performance.now();
  try {
    await runConcurrently(
      Array.from({ length: LOAD_COMMANDS }, (_, i) => i),
      AT_A_TIME,
      async (i) => {
        const { delivery, responseUrl } = await driver.command('korus?', `ULOAD${String(i).padStart(6, '0')}`);
        if (delivery.status !== 200) return void (failed += 1);
        const [reply] = await fake.waitForCalls((c) => c.method === new URL(responseUrl).pathname, 1, 10_000);
        if (reply!.body.text === BUSY_TEXT) busy += 1;
        else answered += 1;
      },
    );
  } finally {
    bot.kill('SIGTERM');
    await once(bot, 'exit');
    await driver.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  return `Load: ${LOAD_COMMANDS} slash commands, ${AT_A_TIME} at a time from different users, MAX_IN_FLIGHT=${DEFAULT_MAX_IN_FLIGHT}: ${answered} answered, ${busy} busy (${((busy / LOAD_COMMANDS) * 100).toFixed(1)}%), ${failed} not acknowledged, in ${seconds.toFixed(1)} s.`;
}
