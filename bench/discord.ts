/**
 * Discord latency through the real discord.js client and the fake Discord on loopback: from an
 * interaction's dispatch to its first callback and to the final answer, and from a mention's
 * dispatch to the reply, with 20 in flight at once.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { slashCommand, userMessage } from '../tests/helpers/discord-payloads.ts';
import { BOT_ID, FakeDiscord } from '../tests/helpers/fake-discord.ts';
import { ms, percentile, runConcurrently, table } from './stats.ts';

export const DISCORD_REQUESTS = 200;
export const DISCORD_IN_FLIGHT = 20;

const QUESTIONS = ['what did japan agree to streamline for us auto exports?', 'korus?', 'who is the US trade representative?', 'why does Japan want to avoid a currency clause?'];

async function measure(fake: FakeDiscord, kind: 'command' | 'mention'): Promise<{ first: number; final: number }[]> {
  const timings: { first: number; final: number }[] = [];
  const items = Array.from({ length: DISCORD_REQUESTS }, (_, i) => i);
  await runConcurrently(items, DISCORD_IN_FLIGHT, async (i) => {
    const question = QUESTIONS[i % QUESTIONS.length]!;
    const sent = performance.now();
    if (kind === 'command') {
      const interaction = slashCommand('tradetalk', [{ name: 'question', type: 3, value: question }]);
      const first = fake.waitForCalls((c) => c.method === 'POST' && c.path.startsWith(`/api/v10/interactions/${interaction.id}/`), 1, 10_000);
      const final = fake.waitForCalls((c) => c.method === 'PATCH' && c.path.includes(`/${interaction.token}/`), 1, 10_000);
      fake.dispatch('INTERACTION_CREATE', interaction);
      const [[f], [l]] = await Promise.all([first, final]);
      timings.push({ first: f!.at - sent, final: l!.at - sent });
    } else {
      const message = userMessage(`<@${BOT_ID}> ${question}`);
      const reply = fake.waitForCalls((c) => (c.body as { message_reference?: { message_id: string } } | null)?.message_reference?.message_id === message.id, 1, 10_000);
      fake.dispatch('MESSAGE_CREATE', message);
      const [[r]] = await Promise.all([reply]);
      timings.push({ first: r!.at - sent, final: r!.at - sent });
    }
  });
  return timings;
}

async function run(limiter: 'default' | 'off', rows: (string | number)[][]): Promise<void> {
  const fake = await FakeDiscord.start();
  const identified = fake.waitForIdentify();
  const args = ['bench/discord-bot-process.ts', fake.apiUrl, ...(limiter === 'off' ? ['100000'] : [])];
  const bot = spawn('node_modules/.bin/tsx', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await once(createInterface({ input: bot.stdout }), 'line');
  await identified;
  try {
    for (const kind of ['command', 'mention'] as const) {
      await measure(fake, kind); // warm-up round, not reported
      fake.calls.length = 0;
      const t = await measure(fake, kind);
      fake.calls.length = 0;
      const first = t.map((x) => x.first);
      const final = t.map((x) => x.final);
      const label = limiter === 'off' ? 'off (rate-limit proxy)' : '50/s (discord.js default)';
      rows.push([label, kind === 'command' ? '/tradetalk' : '@mention', t.length, ms(percentile(first, 50)), ms(percentile(first, 99)), ms(percentile(final, 50)), ms(percentile(final, 99))]);
    }
  } finally {
    bot.kill('SIGTERM');
    await once(bot, 'exit');
    await fake.close();
  }
}

export async function benchDiscord(): Promise<string> {
  const rows: (string | number)[][] = [];
  await run('off', rows);
  await run('default', rows);
  return [
    `Discord through real discord.js and the fake Discord on 127.0.0.1 (${DISCORD_REQUESTS} requests, ${DISCORD_IN_FLIGHT} in flight; targets: first callback p99 < 50 ms, answer p99 < 100 ms).`,
    "With discord.js's default global limit of 50 REST requests a second (Discord's own limit for a bot), this load queues replies; with the limiter off, as behind a shared rate-limit proxy, the figures are the adapter's own.",
    table(['REST limiter', 'kind', 'n', 'first p50', 'first p99', 'answer p50', 'answer p99'], rows),
  ].join('\n');
}
