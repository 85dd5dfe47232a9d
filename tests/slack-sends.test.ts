import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Admissions, BUSY_TEXT } from '../adapters/admission.ts';
import { createMetrics } from '../adapters/metrics.ts';
import { Sends, TIMEOUTS_BEFORE_UNHEALTHY } from '../adapters/sends.ts';
import { createTradeTalk } from '../src/index.ts';
import { realIndex } from './helpers/corpus.ts';
import { BOT_USER_ID, FakeSlack } from './helpers/fake-slack.ts';
import { SlackDriver } from './helpers/slack-driver.ts';

const silent = pino({ level: 'silent' });

/** Issue 11, items 3 and 5: a Slack API that hangs, and one channel's rate limit. */
describe('Slack sends', () => {
  it('gives up on hung chat.postMessage calls after the send timeout and reports them in /healthz and /metrics', async () => {
    const fake = await FakeSlack.start();
    fake.fail('chat.postMessage', 1_000, 0);
    const metrics = createMetrics();
    const index = await realIndex();
    const driver = await SlackDriver.start('socket', createTradeTalk(() => index), silent, new Admissions({ perUserPerMinute: 0 }), {
      fake,
      adapter: { sends: new Sends({ platform: 'slack', timeoutMs: 500, metrics }) },
    });
    try {
      for (let i = 0; i < TIMEOUTS_BEFORE_UNHEALTHY; i++) {
        const ts = `1700200000.00010${i}`;
        await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> korus?`, ts, channel: 'C0HUNG0001', event_ts: ts });
      }
      for (let i = 0; i < 200 && !driver.adapter!.unhealthy(); i++) await new Promise((r) => setTimeout(r, 25));
      expect(driver.adapter!.unhealthy()).toMatch(/not answering: the last \d+ calls timed out after 500 ms/);
      expect(await metrics.registry.metrics()).toMatch(/tradetalk_send_failures_total\{platform="slack",reason="timeout"\} [1-9]/);
    } finally {
      await driver.stop();
    }
  });

  it('does not count a hung send against the in-flight bound', async () => {
    const fake = await FakeSlack.start();
    fake.fail('chat.postMessage', 1_000, 0);
    const index = await realIndex();
    const driver = await SlackDriver.start('socket', createTradeTalk(() => index), silent, new Admissions({ perUserPerMinute: 0, maxInFlight: 1 }), {
      fake,
      adapter: { sends: new Sends({ platform: 'slack', timeoutMs: 60_000 }) },
    });
    try {
      const ts = '1700200100.000100';
      await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> korus?`, ts, channel: 'C0HUNG0002', event_ts: ts });
      await fake.waitForCalls((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts);
      // That reply hangs (for a minute); with the bound at 1, another question is still answered, not turned away as busy.
      const { responseUrl } = await driver.command('korus?');
      const [reply] = await fake.waitForCalls((c) => c.method === new URL(responseUrl).pathname);
      expect(reply!.body.text).not.toBe(BUSY_TEXT);
    } finally {
      await driver.stop();
    }
  });

  it('gives up on a hung response_url after the send timeout', async () => {
    const fake = await FakeSlack.start();
    const metrics = createMetrics();
    const index = await realIndex();
    const driver = await SlackDriver.start('socket', createTradeTalk(() => index), silent, new Admissions({ perUserPerMinute: 0 }), {
      fake,
      adapter: { sends: new Sends({ platform: 'slack', timeoutMs: 500, metrics }) },
    });
    try {
      const next = `/respond/${Number(fake.responseUrl().split('/').at(-1)) + 1}`;
      fake.fail(next, 1, 0);
      await driver.command('korus?');
      // The hung reply is abandoned; the apology goes to the same response_url.
      await fake.waitForCalls((c) => c.method === next, 2);
      expect(await metrics.registry.metrics()).toMatch(/tradetalk_send_failures_total\{platform="slack",reason="timeout"\} [1-9]/);
    } finally {
      await driver.stop();
    }
  });

  it("answers another channel while one channel waits out a 429's Retry-After", async () => {
    const fake = await FakeSlack.start();
    fake.fail('chat.postMessage', 1, 429, { headers: { 'retry-after': '30' }, match: (b) => b.channel === 'C0LIMITED1' });
    const index = await realIndex();
    const driver = await SlackDriver.start('socket', createTradeTalk(() => index), silent, new Admissions({ perUserPerMinute: 0 }), { fake });
    try {
      const limited = '1700300000.000100';
      await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> korus?`, ts: limited, channel: 'C0LIMITED1', event_ts: limited });
      await fake.waitForCalls((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0LIMITED1');
      const other = '1700300000.000200';
      await driver.event({ type: 'app_mention', user: 'UASKER002', text: `<@${BOT_USER_ID}> korus?`, ts: other, channel: 'C0OTHER001', event_ts: other });
      const [post] = await fake.waitForCalls((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0OTHER001');
      expect(post!.body.text).toContain('Korus');
    } finally {
      await driver.stop();
    }
  });

  it('sends a rate-limited reply again once its Retry-After has passed', async () => {
    const fake = await FakeSlack.start();
    fake.fail('chat.postMessage', 1, 429, { headers: { 'retry-after': '0' } });
    const index = await realIndex();
    const driver = await SlackDriver.start('socket', createTradeTalk(() => index), silent, new Admissions({ perUserPerMinute: 0 }), { fake });
    try {
      const ts = '1700300100.000100';
      await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> korus?`, ts, channel: 'C0LIMITED2', event_ts: ts });
      const [, retried] = await fake.waitForCalls((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts, 2);
      expect(retried!.body.text).toContain('Korus');
    } finally {
      await driver.stop();
    }
  });
});
