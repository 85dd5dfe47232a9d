import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../helpers/corpus.ts';
import { DISCORD_TOKEN, FakeDiscord } from '../helpers/fake-discord.ts';
import { FakeSlack } from '../helpers/fake-slack.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../helpers/slack-driver.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Wait for the child's 'close', not its 'exit': 'exit' can come before the last of its output has been read. */
interface Proc {
  child: ChildProcess;
  output: () => string;
}

/** The documented production command: `node dist/adapters/main.js`, in a clean environment. */
function startCompiled(env: Record<string, string>): Proc {
  const child = spawn(process.execPath, ['dist/adapters/main.js'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DOTENV_CONFIG_PATH: '/nonexistent/.env', NODE_ENV: 'production', OPS_PORT: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

async function waitForOutput(proc: Proc, text: string): Promise<void> {
  for (let i = 0; i < 400 && !proc.output().includes(text); i++) await new Promise((r) => setTimeout(r, 50));
  if (!proc.output().includes(text)) throw new Error(`never saw "${text}" in:\n${proc.output()}`);
}

let procs: Proc[] = [];
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  for (const c of cleanups) await c();
  procs = [];
  cleanups = [];
});

beforeAll(async () => {
  // `npm run build`, as a deployment would run it (incremental, so a second run is quick).
  await promisify(execFile)('npm', ['run', '--silent', 'build'], { cwd: ROOT });
}, 120_000);

/** Issue 11, items 8 and 9. */
describe('the compiled entry point (node dist/adapters/main.js)', () => {
  it('drains on SIGTERM: a reply still being sent is finished, then it exits 0', async () => {
    const fake = await FakeSlack.start();
    cleanups.push(() => fake.close());
    const proc = startCompiled({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl });
    procs.push(proc);
    await waitForOutput(proc, 'Slack adapter connected');
    const responseUrl = fake.responseUrl();
    const path = new URL(responseUrl).pathname;
    fake.slow(path, 1, 1_500);
    await fake.sendEnvelope({
      type: 'slash_commands',
      payload: { command: '/tradetalk', text: 'korus?', user_id: 'UASKER001', channel_id: 'C1', team_id: 'T0TEST', api_app_id: 'A0TEST', response_url: responseUrl, trigger_id: 't' },
    });
    await fake.waitForCalls((c) => c.method === path);
    proc.child.kill('SIGTERM');
    const [code] = (await once(proc.child, 'close')) as [number | null];
    expect(proc.output()).toMatch(/"sending":1[,}][^\n]*shutting down/);
    expect(proc.output()).toContain('every reply sent');
    expect(code).toBe(0);
  }, 60_000);

  it('keeps serving after a Socket Mode envelope without a payload (an unhandled rejection inside the Slack client)', async () => {
    const fake = await FakeSlack.start();
    cleanups.push(() => fake.close());
    const proc = startCompiled({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl });
    procs.push(proc);
    await waitForOutput(proc, 'Slack adapter connected');
    void fake.sendEnvelope({ type: 'events_api', payload: null }).catch(() => undefined); // never acknowledged
    await waitForOutput(proc, 'unhandled_rejection');
    const responseUrl = fake.responseUrl();
    await fake.sendEnvelope({
      type: 'slash_commands',
      payload: { command: '/tradetalk', text: 'korus?', user_id: 'UASKER001', channel_id: 'C1', team_id: 'T0TEST', api_app_id: 'A0TEST', response_url: responseUrl, trigger_id: 't' },
    });
    const [reply] = await fake.waitForCalls((c) => c.method === new URL(responseUrl).pathname);
    expect(reply!.body.text).toContain('Korus');
  }, 60_000);

  it('skips a named pipe that appears in the corpus, keeps serving, and drains and exits 0 on SIGTERM', async () => {
    // Before, reading the pipe blocked the reload for good and shutdown never ended (issue 11, item 9).
    // The pipe is now skipped before it is opened; the hard deadline stands behind shutdown (next test).
    const dir = await mkdtemp(join(tmpdir(), 'tradetalk-fifo-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp(CORPUS_DIR, dir, { recursive: true, filter: (src) => !src.includes('.tradetalk-index') });
    const fake = await FakeSlack.start();
    cleanups.push(() => fake.close());
    const proc = startCompiled({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, CORPUS_DIR: dir, INDEX_SNAPSHOT: 'false', SHUTDOWN_GRACE_MS: '200' });
    procs.push(proc);
    await waitForOutput(proc, 'Slack adapter connected');
    await promisify(execFile)('mkfifo', [join(dir, 'pipe.md')]);
    await waitForOutput(proc, 'a named pipe, not a regular file');
    await waitForOutput(proc, 'corpus reloaded');
    proc.child.kill('SIGTERM');
    const [code] = (await once(proc.child, 'close')) as [number | null, NodeJS.Signals | null];
    expect(proc.output()).not.toContain('shutdown deadline passed');
    expect(code).toBe(0);
  }, 60_000);

  it('is not held up by a client that never sends its body: the process exits 0 when the grace period ends, not at the hard deadline', async () => {
    // Before, closing the Slack HTTP server waited for this request (Node gives up on it only after
    // its 300 s requestTimeout), so only the hard deadline ended shutdown. Now the connection is
    // closed when the grace period ends.
    const fake = await FakeSlack.start();
    cleanups.push(() => fake.close());
    const graceMs = 300;
    const proc = startCompiled({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', SHUTDOWN_GRACE_MS: String(graceMs) });
    procs.push(proc);
    await waitForOutput(proc, 'Slack adapter listening');
    const port = Number(/"port":(\d+)[^\n]*Slack adapter listening/.exec(proc.output())?.[1]);
    const client = connect(port, '127.0.0.1');
    cleanups.push(async () => void client.destroy());
    await once(client, 'connect');
    // With `Expect: 100-continue`, the bot's answer "100 Continue" says it has the request under way.
    const continued = once(client, 'data');
    client.write('POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nExpect: 100-continue\r\n\r\n');
    expect(String((await continued)[0])).toMatch(/^HTTP\/1\.1 100 Continue/);
    client.write('{"type":');
    const cut = once(client, 'close');
    proc.child.kill('SIGTERM');
    const [code, signal] = (await once(proc.child, 'close')) as [number | null, NodeJS.Signals | null];
    await cut;
    expect(proc.output()).toMatch(new RegExp(`"event":"slack_http_connections_closed","graceMs":\\d+[^\\n]*requests still open after the grace period`));
    expect(proc.output()).toContain('"msg":"stopped"');
    expect(proc.output()).not.toContain('shutdown deadline passed');
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  }, 60_000);

  it('ends at the hard deadline, SHUTDOWN_GRACE_MS + 2 s after SIGTERM, when a disconnect never completes', async () => {
    // Issue 11, item 9: "Shutdown has a hard deadline after SHUTDOWN_GRACE_MS, whatever is still
    // running." What stays busy here: Discord's end of the gateway connection stops reading, as
    // when the network drops, so the close frame the bot sends is never answered and discord.js
    // waits for it until the `ws` library's 30 s close timeout; discord.js offers no shorter one,
    // so the deadline ends it.
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.close());
    const identified = fake.waitForIdentify();
    const graceMs = 300;
    const proc = startCompiled({ DISCORD_TOKEN, DISCORD_API_URL: fake.apiUrl, SHUTDOWN_GRACE_MS: String(graceMs) });
    procs.push(proc);
    await identified;
    await waitForOutput(proc, 'Discord adapter connected');
    fake.stallGateway();
    const signalled = performance.now();
    proc.child.kill('SIGTERM');
    const [code, signal] = (await once(proc.child, 'close')) as [number | null, NodeJS.Signals | null];
    const elapsed = performance.now() - signalled;
    // The status first: killed by SIGTERM would mean the signal came before the bot handled it.
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });
    expect(proc.output()).toContain('shutting down');
    expect(proc.output()).toMatch(new RegExp(`"event":"shutdown_deadline","graceMs":${graceMs},"deadlineMs":${graceMs + 2000}[^\\n]*shutdown deadline passed`));
    expect(proc.output()).not.toContain('"msg":"stopped"');
    // Never before the deadline (a timer cannot fire early); the test's own timeout bounds it from above.
    expect(elapsed).toBeGreaterThanOrEqual(graceMs + 2000 - 50);
  }, 60_000);
});
