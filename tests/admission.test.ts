import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Admissions, BUSY_TEXT, SLOW_DOWN_TEXT } from '../adapters/admission.ts';
import { createTradeTalk } from '../src/index.ts';
import { realIndex } from './helpers/corpus.ts';
import { SlackDriver } from './helpers/slack-driver.ts';

describe('Admissions', () => {
  it('lets a user ask up to the limit in a minute, then asks them to slow down', () => {
    let now = 0;
    const a = new Admissions({ perUserPerMinute: 2, now: () => now });
    expect(a.enter('u1')).toBeUndefined();
    a.leave();
    expect(a.enter('u1')).toBeUndefined();
    a.leave();
    expect(a.enter('u1')).toBe('rate_limited');
    expect(a.enter('u2')).toBeUndefined();
    a.leave();
    now += 60_001;
    expect(a.enter('u1')).toBeUndefined();
  });

  it('refuses, rather than queues, questions beyond the bound in flight', () => {
    const a = new Admissions({ perUserPerMinute: 0, maxInFlight: 2 });
    expect(a.enter('a')).toBeUndefined();
    expect(a.enter('b')).toBeUndefined();
    expect(a.enter('c')).toBe('busy');
    a.leave();
    expect(a.enter('c')).toBeUndefined();
  });

  it('stops taking questions when closed and waits for those in flight', async () => {
    const a = new Admissions({ perUserPerMinute: 0 });
    expect(a.enter('a')).toBeUndefined();
    const drained = a.close(1000);
    expect(a.enter('b')).toBe('shutting_down');
    a.leave();
    await expect(drained).resolves.toBe(true);
  });

  it('gives up waiting after the bound', async () => {
    const a = new Admissions({ perUserPerMinute: 0 });
    a.enter('a');
    await expect(a.close(20)).resolves.toBe(false);
  });

  it('forgets the least recently seen users beyond its memory', () => {
    const a = new Admissions({ perUserPerMinute: 1, trackedUsers: 2, now: () => 0 });
    for (const u of ['u1', 'u2', 'u3']) {
      expect(a.enter(u)).toBeUndefined();
      a.leave();
    }
    // u1 was forgotten, so it may ask again; u3 may not.
    expect(a.enter('u1')).toBeUndefined();
    expect(a.enter('u3')).toBe('rate_limited');
  });
});

describe('rate limit in a chat adapter', () => {
  it('answers a user friendly "slow down" past the limit, while others are still answered', async () => {
    const index = await realIndex();
    const driver = await SlackDriver.start('socket', createTradeTalk(() => index), pino({ level: 'silent' }), new Admissions({ perUserPerMinute: 2 }));
    try {
      const replies: string[] = [];
      for (let i = 0; i < 3; i++) {
        const { responseUrl } = await driver.command('korus?', 'UFAST0001');
        const [reply] = await driver.fake.waitForCalls((c) => c.method === new URL(responseUrl).pathname);
        replies.push(String(reply!.body.text));
      }
      expect(replies[0]).toContain('Korus');
      expect(replies[1]).toContain('Korus');
      expect(replies[2]).toBe(SLOW_DOWN_TEXT);
      const other = await driver.command('korus?', 'UCALM0001');
      const [reply] = await driver.fake.waitForCalls((c) => c.method === new URL(other.responseUrl).pathname);
      expect(String(reply!.body.text)).toContain('Korus');
    } finally {
      await driver.stop();
    }
  });
});

describe('in-flight bound in a chat adapter', () => {
  it('turns no one away as busy when replies are slower than answers (sending does not count as in flight)', async () => {
    const index = await realIndex();
    const driver = await SlackDriver.start('http', createTradeTalk(() => index), pino({ level: 'silent' }), new Admissions({ perUserPerMinute: 0, maxInFlight: 2 }));
    try {
      const sent = await Promise.all(Array.from({ length: 40 }, (_, i) => driver.command('korus?', `ULOAD${String(i).padStart(4, '0')}`)));
      const replies = await Promise.all(sent.map(({ responseUrl }) => driver.fake.waitForCalls((c) => c.method === new URL(responseUrl).pathname)));
      expect(replies.map(([r]) => String(r!.body.text)).filter((t) => t === BUSY_TEXT)).toEqual([]);
    } finally {
      await driver.stop();
    }
  });
});
