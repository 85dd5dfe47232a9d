/**
 * Soak: 10,000 questions through Slack HTTP mode on loopback, from 5,000 different users, with the
 * rate limiter on. The bot's heap is sampled after a full collection as the run goes on; after
 * warm-up it must level off rather than grow with the number of questions.
 */
import { once } from 'node:events';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { FakeSlack } from '../tests/helpers/fake-slack.ts';
import { SlackDriver } from '../tests/helpers/slack-driver.ts';
import { runConcurrently, table } from './stats.ts';

export const SOAK_QUESTIONS = 10_000;
const IN_FLIGHT = 20;
const USERS = 5_000;
const SAMPLES = 5;

const TOPICS = ['tariffs on cars', 'Korus', 'Taro Aso', 'Pence', 'working-level talks', 'persimmons', 'the currency clause', 'Robert Lighthizer', 'beef and rice', 'the trade deficit', 'Wilbur Ross', 'TPP'];
const FORMS = ['What about {}?', 'Who talked about {}?', 'When was {} discussed?', 'Why does Japan care about {}?', 'what did they say on {} in 2018', '{}?'];

/** Varied questions, so caches keyed by passage and question see many keys. */
function question(i: number): string {
  return `${FORMS[i % FORMS.length]!.replace('{}', TOPICS[(i * 7) % TOPICS.length]!)} ${i % 3 === 0 ? `(ref ${i})` : ''}`.trim();
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export async function benchSoak(): Promise<string> {
  const fake = await FakeSlack.start();
  const bot = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/slack-bot-process.ts', 'http', fake.apiUrl], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, BENCH_RATE_LIMIT: '1000' },
  });
  const lines = createInterface({ input: bot.stdout });
  const [first] = (await once(lines, 'line')) as [string];
  const { port } = JSON.parse(first) as { port: number };
  const driver = SlackDriver.attach('http', fake, port);
  const memory = async () => {
    const reply = once(lines, 'line') as Promise<[string]>;
    bot.stdin.write('mem\n');
    return JSON.parse((await reply)[0]) as { rss: number; heapUsed: number };
  };
  const samples: { done: number; rss: number; heapUsed: number }[] = [{ done: 0, ...(await memory()) }];
  const started = performance.now();
  let failed = 0;
  try {
    const perSample = SOAK_QUESTIONS / SAMPLES;
    for (let s = 0; s < SAMPLES; s++) {
      const items = Array.from({ length: perSample }, (_, k) => s * perSample + k);
      await runConcurrently(items, IN_FLIGHT, async (i) => {
        const { delivery, responseUrl } = await driver.command(question(i), `U${String(i % USERS).padStart(8, '0')}`);
        if (delivery.status !== 200) failed += 1;
        await fake.waitForCalls((c) => c.method === new URL(responseUrl).pathname, 1, 10_000);
      });
      fake.calls.length = 0; // the fake's own record is not what is measured
      samples.push({ done: (s + 1) * perSample, ...(await memory()) });
    }
  } finally {
    bot.kill('SIGTERM');
    await once(bot, 'exit');
    await driver.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const warm = samples[1]!;
  const last = samples.at(-1)!;
  const perThousand = (last.heapUsed - warm.heapUsed) / ((last.done - warm.done) / 1000);
  return [
    `Soak: ${SOAK_QUESTIONS} questions through Slack HTTP mode (${IN_FLIGHT} in flight, ${USERS} users, rate limiter on) in ${seconds.toFixed(0)} s; ${failed} failed.`,
    table(['questions answered', 'bot heap after GC', 'bot RSS'], samples.map((x) => [x.done, mb(x.heapUsed), mb(x.rss)])),
    `Heap growth after warm-up (${warm.done} → ${last.done} questions): ${mb(last.heapUsed - warm.heapUsed)}, ${(perThousand / 1024).toFixed(1)} KB per 1,000 questions.`,
  ].join('\n');
}
