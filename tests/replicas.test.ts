import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Admissions } from '../adapters/admission.ts';
import { createConversation } from '../adapters/conversation.ts';
import { createSlackAdapter, type SlackAdapter } from '../adapters/slack/app.ts';
import { createTradeTalk } from '../src/index.ts';
import { realIndex } from './helpers/corpus.ts';
import { FakeSlack } from './helpers/fake-slack.ts';
import { BOT_TOKEN, memoryLogger, SIGNING_SECRET, SlackDriver } from './helpers/slack-driver.ts';

/**
 * Slack HTTP mode is stateless, so it scales out as identical replicas behind a load balancer.
 * Here two replicas run side by side against one fake Slack, as a balancer would see them.
 */
let fake: FakeSlack;
const replicas: SlackAdapter[] = [];
const drivers: SlackDriver[] = [];

beforeAll(async () => {
  fake = await FakeSlack.start();
  const index = await realIndex();
  for (let i = 0; i < 2; i++) {
    const bot = createTradeTalk(() => index);
    const { logger } = memoryLogger();
    const adapter = createSlackAdapter({
      bot,
      logger,
      conversation: createConversation({ bot, logger, admissions: new Admissions({ perUserPerMinute: 0 }) }),
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      port: 0,
      host: '127.0.0.1',
      apiUrl: fake.apiUrl,
      webApiRetries: 0,
    });
    const server = await adapter.start();
    replicas.push(adapter);
    drivers.push(SlackDriver.attach('http', fake, (server!.address() as AddressInfo).port));
  }
});

afterAll(async () => {
  for (const r of replicas) await r.stop();
  await fake.close();
});

describe('two Slack HTTP replicas', () => {
  it('each verify and answer the same signed request, with the same answer', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const responseUrl = fake.responseUrl();
    const form = new URLSearchParams({ command: '/tradetalk', text: 'What is Korus?', user_id: 'UASKER001', channel_id: 'C1', team_id: 'T0TEST', api_app_id: 'A0TEST', response_url: responseUrl, trigger_id: 't1' }).toString();
    const path = new URL(responseUrl).pathname;
    const acks = await Promise.all(drivers.map((d) => d.post(form, 'application/x-www-form-urlencoded', {}, SIGNING_SECRET, timestamp)));
    expect(acks.map((a) => a.status)).toEqual([200, 200]);
    const replies = await fake.waitForCalls((c) => c.method === path, 2);
    expect(replies).toHaveLength(2);
    expect(replies[0]!.body.text).toContain('Korus');
    expect(replies[1]!.body.text).toBe(replies[0]!.body.text);
  });

  it('each reject a request signed with the wrong secret', async () => {
    const form = new URLSearchParams({ command: '/tradetalk', text: 'korus?', user_id: 'U1', response_url: fake.responseUrl() }).toString();
    const acks = await Promise.all(drivers.map((d) => d.post(form, 'application/x-www-form-urlencoded', {}, 'not-the-signing-secret')));
    expect(acks.map((a) => a.status)).toEqual([401, 401]);
  });

  it('share the load round-robin: every question is answered, whichever replica takes it', async () => {
    const questions = ['korus?', 'Who is Taro Aso?', 'What did Pence say about Japan?', 'When did the working-level talks take place?'];
    const sent = await Promise.all(questions.map((q, i) => drivers[i % 2]!.command(q)));
    for (const { delivery, responseUrl } of sent) {
      expect(delivery.status).toBe(200);
      const [reply] = await fake.waitForCalls((c) => c.method === new URL(responseUrl).pathname);
      expect(String(reply!.body.text).length).toBeGreaterThan(0);
    }
  });
});
