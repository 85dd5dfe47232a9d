import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Admissions } from '../adapters/admission.ts';
import { createTradeTalk } from '../src/index.ts';
import { realIndex } from './helpers/corpus.ts';
import { BOT_USER_ID, FakeSlack } from './helpers/fake-slack.ts';
import { SlackDriver, type Mode } from './helpers/slack-driver.ts';

/** Polls `check` until it holds (at most a few seconds); no timing is asserted. */
async function eventually(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  return check();
}

/** Issue 11, item 2: auth.test failing for a while at start-up. */
for (const mode of ['http', 'socket'] as Mode[]) {
  describe(`Slack start-up while auth.test fails (${mode})`, () => {
    it('keeps running, reports itself unhealthy until authenticated, then answers', async () => {
      const fake = await FakeSlack.start();
      fake.fail('auth.test', 3);
      const index = await realIndex();
      const driver = await SlackDriver.start(mode, createTradeTalk(() => index), pino({ level: 'silent' }), new Admissions({ perUserPerMinute: 0 }), {
        fake,
        adapter: { authRetryInitialMs: 20 },
      });
      try {
        expect(driver.adapter!.unhealthy()).toMatch(/not authenticated/);
        expect(await eventually(() => driver.adapter!.unhealthy() === undefined)).toBe(true);
        expect(fake.calls.filter((c) => c.method === 'auth.test').length).toBeGreaterThanOrEqual(4);
        const ts = '1700100000.000100';
        await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> korus?`, ts, channel: 'C0GENERAL1', event_ts: ts });
        const [post] = await fake.waitForCalls((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts);
        expect(post!.body.text).toContain('Korus');
      } finally {
        await driver.stop();
      }
    });

    it('does not keep a failed auth.test: an event that arrives meanwhile is followed by answered ones', async () => {
      const fake = await FakeSlack.start();
      // Fails long enough for an event to arrive while the bot is not authenticated.
      fake.fail('auth.test', 1_000);
      const index = await realIndex();
      const driver = await SlackDriver.start(mode, createTradeTalk(() => index), pino({ level: 'silent' }), new Admissions({ perUserPerMinute: 0 }), {
        fake,
        adapter: { authRetryInitialMs: 20 },
      });
      try {
        const early = '1700100100.000100';
        await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> korus?`, ts: early, channel: 'C0GENERAL1', event_ts: early });
        fake.fail('auth.test', 0);
        expect(await eventually(() => driver.adapter!.unhealthy() === undefined)).toBe(true);
        const later = '1700100100.000200';
        await driver.event({ type: 'app_mention', user: 'UASKER001', text: `<@${BOT_USER_ID}> korus?`, ts: later, channel: 'C0GENERAL1', event_ts: later });
        const [post] = await fake.waitForCalls((c) => c.method === 'chat.postMessage' && c.body.thread_ts === later);
        expect(post!.body.text).toContain('Korus');
      } finally {
        await driver.stop();
      }
    });
  });
}

describe('Slack start-up with a bot token Slack rejects', () => {
  it('says in /healthz which token was rejected, and keeps trying', async () => {
    const fake = await FakeSlack.start();
    fake.fail('auth.test', 1_000, 200, { error: 'invalid_auth' });
    const index = await realIndex();
    const driver = await SlackDriver.start('http', createTradeTalk(() => index), pino({ level: 'silent' }), new Admissions({ perUserPerMinute: 0 }), {
      fake,
      adapter: { authRetryInitialMs: 20 },
    });
    try {
      expect(await eventually(() => /Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/.test(driver.adapter!.unhealthy() ?? ''))).toBe(true);
      await fake.waitForCalls((c) => c.method === 'auth.test', 3);
    } finally {
      await driver.stop();
    }
  });
});
