import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Admissions } from '../adapters/admission.ts';
import { createSlackAdapter, type SlackAdapterOptions } from '../adapters/slack/app.ts';
import { describeSlackError } from '../adapters/slack/errors.ts';
import { createTradeTalk } from '../src/index.ts';
import { realIndex } from './helpers/corpus.ts';
import { BOT_USER_ID, FakeSlack } from './helpers/fake-slack.ts';
import { APP_TOKEN, BOT_TOKEN, SlackDriver } from './helpers/slack-driver.ts';

/** Polls `check` until it holds (at most a few seconds); no timing is asserted. */
async function eventually(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  return check();
}

/** Lines the adapter logged, as objects. */
function capture(): { logger: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

async function start(fake: FakeSlack, logger = pino({ level: 'silent' }), adapter: Partial<SlackAdapterOptions> = {}): Promise<SlackDriver> {
  const index = await realIndex();
  return SlackDriver.start('socket', createTradeTalk(() => index), logger, new Admissions({ perUserPerMinute: 0 }), {
    fake,
    adapter: { socketRetryInitialMs: 20, ...adapter },
  });
}

async function asksAndIsAnswered(driver: SlackDriver, fake: FakeSlack, ts: string): Promise<string> {
  await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> korus?`, ts, channel: 'C0GENERAL1', event_ts: ts });
  const [post] = await fake.waitForCalls((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts);
  return String(post!.body.text);
}

describe('Slack Socket Mode when a connection attempt fails', () => {
  it('starts anyway when Slack cannot open a connection, says why while it retries, then connects and answers', async () => {
    const fake = await FakeSlack.start();
    fake.fail('apps.connections.open', 3, 500);
    const driver = await start(fake);
    try {
      expect(await eventually(() => /could not connect \(Slack answered HTTP 500\)/.test(driver.adapter!.unhealthy() ?? ''))).toBe(true);
      expect(await eventually(() => driver.adapter!.unhealthy() === undefined)).toBe(true);
      expect(await asksAndIsAnswered(driver, fake, '1700200000.000100')).toContain('Korus');
    } finally {
      await driver.stop();
    }
  });

  for (const error of ['invalid_auth', 'not_allowed_token_type']) {
    it(`names the rejected app token (${error}) in the log and in /healthz, without its value, and keeps trying`, async () => {
      const fake = await FakeSlack.start();
      fake.fail('apps.connections.open', 1_000, 200, { error });
      const { logger, lines } = capture();
      const driver = await start(fake, logger);
      try {
        expect(await eventually(() => (driver.adapter!.unhealthy() ?? '').includes(`Slack rejected SLACK_APP_TOKEN (${error})`))).toBe(true);
        const failed = lines.find((l) => l.event === 'slack_socket_failed');
        expect(failed).toMatchObject({ level: 50, reason: expect.stringContaining('SLACK_APP_TOKEN') });
        expect(JSON.stringify(lines)).not.toContain(APP_TOKEN);
        // Still trying: the token may be fixed on Slack's side (an app reinstalled).
        await fake.waitForCalls((c) => c.method === 'apps.connections.open', 3);
      } finally {
        await driver.stop();
      }
    });
  }

  it('retries, with its reason, a Slack error that @slack/socket-mode would retry on its own without end', async () => {
    const fake = await FakeSlack.start();
    fake.fail('apps.connections.open', 2, 200, { error: 'internal_error' });
    const driver = await start(fake);
    try {
      expect(await eventually(() => driver.adapter!.unhealthy() === undefined)).toBe(true);
      expect(await asksAndIsAnswered(driver, fake, '1700200000.000300')).toContain('Korus');
    } finally {
      await driver.stop();
    }
  });

  it('abandons a connection Slack never says hello on, and tries again', async () => {
    const fake = await FakeSlack.start();
    fake.withholdHello(1);
    const driver = await start(fake, pino({ level: 'silent' }), { socketConnectTimeoutMs: 300 });
    try {
      expect(await eventually(() => driver.adapter!.unhealthy() === undefined)).toBe(true);
      expect(fake.calls.filter((c) => c.method === 'apps.connections.open').length).toBeGreaterThanOrEqual(2);
      expect(await asksAndIsAnswered(driver, fake, '1700200000.000400')).toContain('Korus');
    } finally {
      await driver.stop();
    }
  });

  it('leaves no connection behind when stopped while an attempt to connect is under way', async () => {
    const fake = await FakeSlack.start();
    fake.slow('apps.connections.open', 1, 300);
    const index = await realIndex();
    const adapter = createSlackAdapter({ bot: createTradeTalk(() => index), logger: pino({ level: 'silent' }), botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: fake.apiUrl, webApiRetries: 0 });
    const started = adapter.start();
    await fake.waitForCalls((c) => c.method === 'apps.connections.open');
    await adapter.stop();
    await started;
    // The slow answer has arrived by the time start() settles; anything it opened must be closed again.
    expect(await eventually(() => fake.openSockets === 0)).toBe(true);
    expect(adapter.unhealthy()).not.toBeUndefined();
    await fake.close();
  });

  it('reconnects when Slack asks it to (Slack recycles its connections)', async () => {
    const fake = await FakeSlack.start();
    const driver = await start(fake);
    try {
      const opened = fake.calls.filter((c) => c.method === 'apps.connections.open').length;
      fake.askToReconnect();
      await fake.waitForCalls((c) => c.method === 'apps.connections.open', opened + 1);
      expect(await eventually(() => driver.adapter!.unhealthy() === undefined)).toBe(true);
      expect(await asksAndIsAnswered(driver, fake, '1700200000.000500')).toContain('Korus');
    } finally {
      await driver.stop();
    }
  });

  it('reconnects after a dropped connection even when the first attempt to reopen it fails', async () => {
    const fake = await FakeSlack.start();
    const driver = await start(fake);
    try {
      expect(driver.adapter!.unhealthy()).toBeUndefined();
      const opened = fake.calls.filter((c) => c.method === 'apps.connections.open').length;
      // @slack/socket-mode treats an HTTP error while reconnecting as final and never tried again.
      fake.fail('apps.connections.open', 2, 503);
      fake.dropSocket();
      await fake.waitForCalls((c) => c.method === 'apps.connections.open', opened + 3);
      expect(await eventually(() => driver.adapter!.unhealthy() === undefined)).toBe(true);
      expect(await asksAndIsAnswered(driver, fake, '1700200000.000200')).toContain('Korus');
    } finally {
      await driver.stop();
    }
  });
});

describe('what a failed Slack call is told as', () => {
  it('tells an unreachable Slack by the network error, not "fetch failed"', () => {
    const err = { code: 'slack_webapi_request_error', original: Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND', hostname: 'slack.com' } }) };
    expect(describeSlackError(err, 'SLACK_BOT_TOKEN')).toEqual({ reason: 'could not reach Slack (ENOTFOUND slack.com)', rejected: false });
  });

  it('names the token Slack rejected and what kind it must be', () => {
    const err = { code: 'slack_webapi_platform_error', data: { ok: false, error: 'not_allowed_token_type' } };
    const told = describeSlackError(err, 'SLACK_APP_TOKEN');
    expect(told.rejected).toBe(true);
    expect(told.reason).toBe('Slack rejected SLACK_APP_TOKEN (not_allowed_token_type); check that it is the app-level token (xapp-…) with the connections:write scope');
  });

  it('does not call a rate limit or another Slack error a rejected token', () => {
    expect(describeSlackError({ code: 'slack_webapi_platform_error', data: { error: 'ratelimited' } }, 'SLACK_BOT_TOKEN')).toEqual({ reason: 'Slack answered ratelimited', rejected: false });
    expect(describeSlackError({ code: 'slack_webapi_http_error', statusCode: 502 }, 'SLACK_BOT_TOKEN')).toEqual({ reason: 'Slack answered HTTP 502', rejected: false });
  });
});
