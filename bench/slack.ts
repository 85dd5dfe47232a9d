/**
 * Slack latency through the real Bolt and the fake Slack on loopback: time from a slash command
 * or mention being sent to its ack, and to the reply reaching Slack, with 20 in flight at once.
 */
import { once } from 'node:events';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { BOT_USER_ID, FakeSlack } from '../tests/helpers/fake-slack.ts';
import { SlackDriver, type Mode } from '../tests/helpers/slack-driver.ts';
import { ms, percentile, runConcurrently, table } from './stats.ts';

export const SLACK_REQUESTS = 200;
export const SLACK_IN_FLIGHT = 20;

const QUESTIONS = [
  'what did japan agree to streamline for us auto exports?',
  'korus?',
  'who is the US trade representative?',
  'why does Japan want to avoid a currency clause?',
  'when did the US and Japan agree to start trade negotiations?',
];

interface Timing {
  ack: number;
  reply: number;
}

async function measure(mode: Mode, kind: 'command' | 'mention', driver: SlackDriver): Promise<Timing[]> {
  const timings: Timing[] = [];
  const items = Array.from({ length: SLACK_REQUESTS }, (_, i) => i);
  await runConcurrently(items, SLACK_IN_FLIGHT, async (i) => {
    const question = QUESTIONS[i % QUESTIONS.length]!;
    const sent = performance.now();
    if (kind === 'command') {
      const { responseUrl } = await driver.command(question);
      const acked = performance.now();
      const path = new URL(responseUrl).pathname;
      const [reply] = await driver.fake.waitForCalls((c) => c.method === path, 1, 10_000);
      timings.push({ ack: acked - sent, reply: reply!.at - sent });
    } else {
      const ts = `${1800000000 + i}.${mode === 'socket' ? '000001' : '000002'}`;
      await driver.event({ type: 'app_mention', user: 'UBENCH', text: `<@${BOT_USER_ID}> ${question}`, ts, channel: 'CBENCH', event_ts: ts });
      const acked = performance.now();
      const [reply] = await driver.fake.waitForCalls((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts, 1, 10_000);
      timings.push({ ack: acked - sent, reply: reply!.at - sent });
    }
  });
  return timings;
}

export async function benchSlack(): Promise<string> {
  const rows: (string | number)[][] = [];
  for (const mode of ['http', 'socket'] as Mode[]) {
    // The bot runs in its own process, as it does apart from Slack; this process plays Slack and the users.
    const fake = await FakeSlack.start();
    const bot = spawn('node_modules/.bin/tsx', ['bench/slack-bot-process.ts', mode, fake.apiUrl], { stdio: ['pipe', 'pipe', 'inherit'] });
    const [line] = (await once(createInterface({ input: bot.stdout }), 'line')) as [string];
    const { port } = JSON.parse(line) as { port?: number };
    const driver = SlackDriver.attach(mode, fake, port);
    try {
      for (const kind of ['command', 'mention'] as const) {
        await measure(mode, kind, driver); // warm-up round, not reported
        driver.fake.calls.length = 0;
        const t = await measure(mode, kind, driver);
        driver.fake.calls.length = 0;
        const acks = t.map((x) => x.ack);
        const replies = t.map((x) => x.reply);
        rows.push([mode, kind === 'command' ? '/tradetalk' : '@mention', t.length, ms(percentile(acks, 50)), ms(percentile(acks, 99)), ms(percentile(replies, 50)), ms(percentile(replies, 99))]);
      }
    } finally {
      bot.kill('SIGTERM');
      await once(bot, 'exit');
      await driver.stop();
    }
  }
  return [
    `Slack through real Bolt and the fake Slack on 127.0.0.1 (${SLACK_REQUESTS} requests, ${SLACK_IN_FLIGHT} in flight; targets: ack p99 < 50 ms, reply p99 < 100 ms)`,
    table(['mode', 'kind', 'n', 'ack p50', 'ack p99', 'reply p50', 'reply p99'], rows),
  ].join('\n');
}
