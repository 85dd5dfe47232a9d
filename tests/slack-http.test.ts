import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SLACK_MAX_BODY_BYTES } from '../adapters/slack/http-guard.ts';
import { failingCore, realIndex } from './helpers/corpus.ts';
import { memoryLogger, SIGNING_SECRET, SlackDriver } from './helpers/slack-driver.ts';

/** Requests to the Slack HTTP endpoint that are refused before Bolt sees them (issue 11, items 1, 6 and 7). */
describe('Slack HTTP mode refuses bad requests before Bolt, and keeps serving', () => {
  let driver: SlackDriver;
  const log = memoryLogger();
  const now = () => Math.floor(Date.now() / 1000);
  const command = (text: string, responseUrl: string) =>
    new URLSearchParams({ command: '/tradetalk', text, user_id: 'UASKER001', channel_id: 'C1', team_id: 'T0TEST', api_app_id: 'A0TEST', response_url: responseUrl, trigger_id: 't' }).toString();

  beforeAll(async () => {
    driver = await SlackDriver.start('http', failingCore(await realIndex()), log.logger);
  });
  afterAll(async () => {
    await driver?.stop();
  });

  async function stillAnswers() {
    const { responseUrl } = await driver.command('korus?');
    const [reply] = await driver.fake.waitForCalls((c) => c.method === new URL(responseUrl).pathname);
    expect(reply!.body.text).toContain('Korus');
  }

  it('refuses a signed JSON body of null with 400, and keeps serving', async () => {
    expect((await driver.post('null', 'application/json')).status).toBe(400);
    await stillAnswers();
  });

  it('refuses a signed form body payload=null with 400, and keeps serving', async () => {
    expect((await driver.post('payload=null', 'application/x-www-form-urlencoded')).status).toBe(400);
    await stillAnswers();
  });

  it('refuses a validly signed request stamped ten minutes in the future', async () => {
    const res = await driver.post(command('korus?', driver.fake.responseUrl()), 'application/x-www-form-urlencoded', {}, SIGNING_SECRET, now() + 600);
    expect(res.status).toBe(401);
  });

  it('refuses a validly signed request stamped a year in the future', async () => {
    const res = await driver.post(command('korus?', driver.fake.responseUrl()), 'application/x-www-form-urlencoded', {}, SIGNING_SECRET, now() + 365 * 86_400);
    expect(res.status).toBe(401);
  });

  it('answers a slash command replayed three times once', async () => {
    const responseUrl = driver.fake.responseUrl();
    const form = command('korus?', responseUrl);
    const timestamp = now();
    const acks = [];
    for (let i = 0; i < 3; i++) acks.push((await driver.post(form, 'application/x-www-form-urlencoded', {}, SIGNING_SECRET, timestamp)).status);
    expect(acks).toEqual([200, 200, 200]);
    await driver.fake.waitForCalls((c) => c.method === new URL(responseUrl).pathname);
    await stillAnswers(); // a later command is answered, so the replays were handled (skipped), not still queued
    expect(driver.fake.calls.filter((c) => c.method === new URL(responseUrl).pathname)).toHaveLength(1);
  });

  it('refuses an over-size body with 413 before it has all been sent', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(driver.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(4 * 1024 * 1024) } }, (res) => {
        resolve(res.statusCode ?? 0);
        res.resume();
      });
      req.on('error', (err) => (String(err).includes('EPIPE') || String(err).includes('ECONNRESET') ? undefined : reject(err)));
      // Only a small part of the declared 4 MB is sent, and the request is left open: the answer must not wait for the rest.
      req.write(Buffer.alloc(64 * 1024, 'x'));
    });
    expect(status).toBe(413);
    await stillAnswers();
  });

  it('refuses a chunked body that grows past the cap with 413 while it is still being sent', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(driver.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        resolve(res.statusCode ?? 0);
        res.resume();
      });
      req.on('error', (err) => (String(err).includes('EPIPE') || String(err).includes('ECONNRESET') ? undefined : reject(err)));
      req.write(Buffer.alloc(DEFAULT_SLACK_MAX_BODY_BYTES + 1024, 'x'));
    });
    expect(status).toBe(413);
  });
});
