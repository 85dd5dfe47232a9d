import { once } from 'node:events';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SLACK_MAX_BODY_BYTES } from '../adapters/slack/http-guard.ts';
import { failingCore, realIndex } from './helpers/corpus.ts';
import { memoryLogger, sign, SIGNING_SECRET, SlackDriver } from './helpers/slack-driver.ts';

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

/**
 * Closing the HTTP endpoint at shutdown. Node's `server.close()` waits for a request still open
 * until its 300 s `requestTimeout`; these graces are far longer than the tests' own 5 s timeout,
 * so a stop() that waited them out would fail the test.
 */
describe('Slack HTTP mode stops without waiting on its clients', () => {
  const LONG_GRACE_MS = 60_000;
  const form = (responseUrl: string) =>
    new URLSearchParams({ command: '/tradetalk', text: 'korus?', user_id: 'UASKER001', channel_id: 'C1', team_id: 'T0TEST', api_app_id: 'A0TEST', response_url: responseUrl, trigger_id: 't' }).toString();
  let driver: SlackDriver | undefined;
  let client: Socket | undefined;
  afterEach(async () => {
    client?.destroy();
    await driver?.stop();
    driver = client = undefined;
  });

  /** A raw connection that has sent a request's headers and been told "100 Continue", and no body yet. */
  async function startRequest(port: number, headers: Record<string, string>, length: number): Promise<Socket> {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const continued = once(socket, 'data');
    const lines = Object.entries({ host: '127.0.0.1', 'content-length': String(length), expect: '100-continue', ...headers }).map(([k, v]) => `${k}: ${v}`);
    socket.write(`POST /slack/events HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
    expect(String((await continued)[0])).toMatch(/^HTTP\/1\.1 100 Continue/);
    return socket;
  }

  it('closes the connection of a client that never sends its body once the grace period has passed', async () => {
    const log = memoryLogger();
    driver = await SlackDriver.start('http', failingCore(await realIndex()), log.logger);
    const port = Number(new URL(driver.eventsUrl).port);
    client = await startRequest(port, { 'content-type': 'application/json' }, 1000);
    client.write('{"type":');
    const closed = once(client, 'close');
    await driver.adapter!.stop(200);
    await closed;
    expect(log.lines()).toContainEqual(expect.objectContaining({ event: 'slack_http_connections_closed', graceMs: 200 }));
  });

  it('answers a request under way when it stops, then closes that keep-alive connection without waiting out the grace', async () => {
    driver = await SlackDriver.start('http', failingCore(await realIndex()), memoryLogger().logger);
    const port = Number(new URL(driver.eventsUrl).port);
    const responseUrl = driver.fake.responseUrl();
    const body = form(responseUrl);
    const timestamp = Math.floor(Date.now() / 1000);
    client = await startRequest(port, { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(SIGNING_SECRET, timestamp, body) }, Buffer.byteLength(body));
    let received = '';
    client.on('data', (d: Buffer) => (received += d.toString()));
    const closed = once(client, 'close');
    const stopped = driver.adapter!.stop(LONG_GRACE_MS);
    client.write(body);
    await stopped;
    await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(received.toLowerCase()).toContain('connection: keep-alive');
    const [reply] = await driver.fake.waitForCalls((c) => c.method === new URL(responseUrl).pathname);
    expect(reply!.body.text).toContain('Korus');
  });

  it('does not wait for an idle keep-alive connection', async () => {
    driver = await SlackDriver.start('http', failingCore(await realIndex()), memoryLogger().logger);
    const { responseUrl } = await driver.command('korus?'); // through a keep-alive agent: the connection stays open, idle
    await driver.fake.waitForCalls((c) => c.method === new URL(responseUrl).pathname);
    await driver.adapter!.stop(LONG_GRACE_MS);
  });
});
