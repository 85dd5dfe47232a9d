import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { slashCommand } from '../helpers/discord-payloads.ts';
import { DISCORD_TOKEN, FakeDiscord } from '../helpers/fake-discord.ts';
import { FakeSlack } from '../helpers/fake-slack.ts';
import { APP_TOKEN, BOT_TOKEN } from '../helpers/slack-driver.ts';

/** The ops server's port, read from the start-up log line. */
async function opsPort(proc: Proc): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const m = /"event":"ops_listening"[^\n]*"port":(\d+)/.exec(proc.output());
    if (m) return Number(m[1]);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no ops server in the output:\n${proc.output()}`);
}

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

/** Wait for the child's 'close', not its 'exit': 'exit' can come before the last of its output has been read. */
interface Proc {
  child: ChildProcess;
  output: () => string;
}

function start(env: Record<string, string>): Proc {
  // A clean environment: nothing from a developer's .env or shell leaks into the run.
  // Its own process group: tsx runs the bot in a child process, which a kill of tsx alone would orphan.
  const child = spawn(TSX, ['adapters/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DOTENV_CONFIG_PATH: '/nonexistent/.env', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

let procs: Proc[] = [];
let fakes: (FakeSlack | FakeDiscord)[] = [];
afterEach(async () => {
  // The whole group, so that no bot outlives its test (tsx's child kept running, retrying Slack, after a kill of tsx).
  for (const p of procs) {
    if (p.child.pid === undefined) continue;
    try {
      process.kill(-p.child.pid, 'SIGKILL');
    } catch {
      // The group has already exited.
    }
  }
  for (const f of fakes) await f.close();
  procs = [];
  fakes = [];
});

describe('npm start (adapters/main.ts)', () => {
  it('starts the Slack adapter when its tokens are set, answers, logs no token, and exits 0 on SIGTERM', async () => {
    const fake = await FakeSlack.start();
    fakes.push(fake);
    const proc = start({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'debug', NODE_ENV: 'production', OPS_PORT: '0' });
    procs.push(proc);
    await fake.waitForCalls((c) => c.method === 'apps.connections.open', 1, 20_000);
    // The WebSocket opens after apps.connections.open answers; give it a moment to receive hello.
    for (let i = 0; i < 100 && !proc.output().includes('Slack adapter connected'); i++) await new Promise((r) => setTimeout(r, 50));
    const responseUrl = fake.responseUrl();
    await fake.sendEnvelope({
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: { command: '/tradetalk', text: 'korus?', user_id: 'UASKER001', channel_id: 'C1', team_id: 'T0TEST', api_app_id: 'A0TEST', response_url: responseUrl, trigger_id: 't' },
    });
    const [reply] = await fake.waitForCalls((c) => c.method === new URL(responseUrl).pathname);
    expect(reply!.body.text).toContain('Korus');
    proc.child.kill('SIGTERM');
    const [code] = (await once(proc.child, 'close')) as [number | null];
    expect(code).toBe(0);
    expect(proc.output()).toContain('"event":"question"');
    expect(proc.output()).not.toContain(BOT_TOKEN);
    expect(proc.output()).not.toContain(APP_TOKEN);
    expect(proc.output()).not.toContain('testbottoken');
  }, 30_000);

  it('starts the Discord adapter when its token is set, answers, logs no token, and exits 0 on SIGTERM', async () => {
    const fake = await FakeDiscord.start();
    fakes.push(fake);
    const identified = fake.waitForIdentify();
    const proc = start({ DISCORD_TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug', NODE_ENV: 'production', OPS_PORT: '0' });
    procs.push(proc);
    await identified;
    for (let i = 0; i < 100 && !proc.output().includes('Discord adapter connected'); i++) await new Promise((r) => setTimeout(r, 50));
    const interaction = slashCommand('tradetalk', [{ name: 'question', type: 3, value: 'korus?' }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const [edit] = await fake.waitForCalls((c) => c.method === 'PATCH' && c.path.includes(interaction.token), 1, 10_000);
    expect(JSON.stringify(edit!.body)).toContain('Korus');
    proc.child.kill('SIGTERM');
    const [code] = (await once(proc.child, 'close')) as [number | null];
    expect(code).toBe(0);
    expect(proc.output()).not.toContain(DISCORD_TOKEN);
    expect(proc.output()).not.toContain(DISCORD_TOKEN.split('.')[2]!);
  }, 30_000);

  it('serves /healthz and /metrics on loopback, and reports 503 with the reason when Slack is unreachable', async () => {
    const fake = await FakeSlack.start();
    fakes.push(fake);
    const proc = start({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, NODE_ENV: 'production', OPS_PORT: '0' });
    procs.push(proc);
    const port = await opsPort(proc);
    const health = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: res.status, body: (await res.json()) as { status: string; reasons?: string[] } };
    };
    for (let i = 0; i < 100 && (await health()).status !== 200; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await health()).toEqual({ status: 200, body: { status: 'ok' } });

    const responseUrl = fake.responseUrl();
    await fake.sendEnvelope({
      type: 'slash_commands',
      payload: { command: '/tradetalk', text: 'korus?', user_id: 'UASKER001', channel_id: 'C1', team_id: 'T0TEST', api_app_id: 'A0TEST', response_url: responseUrl, trigger_id: 't' },
    });
    await fake.waitForCalls((c) => c.method === new URL(responseUrl).pathname);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/tradetalk_questions_total\{platform="slack",status="answered"\} 1/);
    expect(metrics).toMatch(/tradetalk_answer_seconds_count\{platform="slack"\} 1/);
    expect(metrics).toMatch(/tradetalk_corpus_articles 5/);
    expect(metrics).toMatch(/tradetalk_index_build_seconds \d/);

    await fake.close();
    let last = await health();
    for (let i = 0; i < 200 && last.status === 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      last = await health();
    }
    expect(last.status).toBe(503);
    expect(last.body.reasons?.join(' ')).toMatch(/Slack Socket Mode/);
  }, 30_000);

  it('refuses to start with an invalid setting, naming it and the reason', async () => {
    const proc = start({ SLACK_BOT_TOKEN: 'not-a-token', SLACK_APP_TOKEN: APP_TOKEN });
    procs.push(proc);
    const [code] = (await once(proc.child, 'close')) as [number | null];
    expect(code).not.toBe(0);
    expect(proc.output()).toContain('SLACK_BOT_TOKEN must start with xoxb-');
    expect(proc.output()).not.toContain('not-a-token');
  }, 30_000);

  it('fails clearly at start-up when the corpus directory is missing', async () => {
    const proc = start({ CORPUS_DIR: '/nonexistent/tradetalk-corpus' });
    procs.push(proc);
    proc.child.stdin!.end();
    const [code] = (await once(proc.child, 'close')) as [number | null];
    expect(code).not.toBe(0);
    expect(proc.output()).toContain('corpus directory not found');
  }, 30_000);
});
