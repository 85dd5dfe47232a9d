/** Delivers Slack payloads to a running TradeTalk Slack adapter, over Socket Mode or signed HTTP. */
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import pino, { type Level, type Logger } from 'pino';
import { Admissions } from '../../adapters/admission.ts';
import { createConversation } from '../../adapters/conversation.ts';
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from '../../adapters/slack/app.ts';
import type { TradeTalk } from '../../src/index.ts';
import { CallLog } from './call-log.ts';
import { BOT_USER_ID, FakeSlack } from './fake-slack.ts';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-1111-2222-testbottoken';
export const APP_TOKEN = 'xapp-1-A0TEST-3333-testapptoken';

export type Mode = 'socket' | 'http';

export interface Delivery {
  /** HTTP status (HTTP mode) or 200 once acked (Socket Mode). */
  status: number;
  /** The ack payload or response body, parsed when JSON. */
  body: unknown;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** In-memory log lines, for tests that check what was logged or wait for a line to be written. */
export function memoryLogger(level: Level = 'info'): {
  logger: Logger;
  lines: () => Record<string, unknown>[];
  raw: () => string;
  waitFor: (match: (line: Record<string, unknown>) => boolean, count?: number) => Promise<Record<string, unknown>[]>;
} {
  let text = '';
  const written = new CallLog<Record<string, unknown>>('log', (l) => String(l.event ?? l.msg));
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      const added = chunk.toString();
      text += added;
      for (const line of added.split('\n')) if (line) written.record(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level }, stream);
  return {
    logger,
    raw: () => text,
    lines: () => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>),
    waitFor: (match, count = 1) => written.waitFor(match, count),
  };
}

/** How long Slack waits for an ack before it delivers an event again. */
const SLACK_ACK_TIMEOUT_SECONDS = 3;

let counter = 0;
/** Reuses connections, as Slack does, so a run measures the app rather than TCP set-up. */
const KEEP_ALIVE = new Agent({ keepAlive: true, maxSockets: 64 });

export class SlackDriver {
  private constructor(
    readonly mode: Mode,
    readonly fake: FakeSlack,
    readonly adapter: SlackAdapter | undefined,
    private readonly httpPort: number | undefined,
  ) {}

  /** Drives an app that runs elsewhere (another thread or process) against `fake`. */
  static attach(mode: Mode, fake: FakeSlack, httpPort?: number): SlackDriver {
    return new SlackDriver(mode, fake, undefined, httpPort);
  }

  /** Starts the real adapter against a new fake Slack. The rate limit is off unless `admissions` says otherwise. */
  static async start(
    mode: Mode,
    bot: TradeTalk,
    logger: Logger,
    admissions = new Admissions({ perUserPerMinute: 0 }),
    options: { fake?: FakeSlack; adapter?: Partial<SlackAdapterOptions> } = {},
  ): Promise<SlackDriver> {
    const fake = options.fake ?? (await FakeSlack.start());
    const adapter = createSlackAdapter({
      bot,
      logger,
      conversation: createConversation({ bot, logger, admissions }),
      botToken: BOT_TOKEN,
      ...(mode === 'socket' ? { appToken: APP_TOKEN } : { signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1' }),
      apiUrl: fake.apiUrl,
      webApiRetries: 0,
      ...options.adapter,
    });
    const server = await adapter.start();
    const port = server ? (server.address() as AddressInfo).port : undefined;
    return new SlackDriver(mode, fake, adapter, port);
  }

  get eventsUrl(): string {
    return `http://127.0.0.1:${this.httpPort}/slack/events`;
  }

  /** Posts a signed request to the app (HTTP mode). */
  async post(body: string, contentType: string, headers: Record<string, string> = {}, secret = SIGNING_SECRET, timestamp = Math.floor(Date.now() / 1000)): Promise<Delivery> {
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        this.eventsUrl,
        {
          method: 'POST',
          agent: KEEP_ALIVE,
          headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(secret, timestamp, body), ...headers },
        },
        (res) => {
          let data = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (data += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: data }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // plain-text body
    }
    return { status, body: parsed };
  }

  /** `/tradetalk <text>`; returns the ack and the response_url the answer goes to. */
  async command(text: string, user = 'UASKER001'): Promise<{ delivery: Delivery; responseUrl: string }> {
    const responseUrl = this.fake.responseUrl();
    const payload = {
      token: 'verification-token',
      team_id: 'T0TEST',
      team_domain: 'test',
      channel_id: 'C0GENERAL1',
      channel_name: 'general',
      user_id: user,
      user_name: 'alice',
      command: '/tradetalk',
      text,
      api_app_id: 'A0TEST',
      response_url: responseUrl,
      trigger_id: `trigger-${++counter}`,
    };
    if (this.mode === 'socket') {
      const ack = await this.fake.sendEnvelope({ type: 'slash_commands', payload, accepts_response_payload: true });
      return { delivery: { status: 200, body: ack }, responseUrl };
    }
    const form = new URLSearchParams(payload).toString();
    return { delivery: await this.post(form, 'application/x-www-form-urlencoded'), responseUrl };
  }

  /** An Events API event; `retryNum` marks a redelivery of the same `eventId`. Resolves with the delivery and the event's id. */
  async event(event: Record<string, unknown>, options: { eventId?: string; retryNum?: number } = {}): Promise<Delivery & { eventId: string }> {
    // Slack keeps what was said, so the thread can be read back with conversations.replies.
    if (typeof event.channel === 'string' && typeof event.ts === 'string' && !options.retryNum) {
      const { ts, thread_ts, user, bot_id, text } = event as Record<string, string | undefined>;
      this.fake.remember(event.channel, { ts: ts!, ...(thread_ts ? { thread_ts } : {}), ...(user ? { user } : {}), ...(bot_id ? { bot_id } : {}), ...(text ? { text } : {}) });
    }
    const eventId = options.eventId ?? `Ev${++counter}`;
    const body = {
      token: 'verification-token',
      team_id: 'T0TEST',
      api_app_id: 'A0TEST',
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: 'T0TEST', user_id: BOT_USER_ID, is_bot: true }],
      event,
    };
    if (this.mode === 'socket') {
      const ack = await this.fake.sendEnvelope({
        type: 'events_api',
        payload: body,
        accepts_response_payload: false,
        ...(options.retryNum ? { retry_attempt: options.retryNum, retry_reason: 'timeout' } : {}),
      });
      return { status: 200, body: ack, eventId };
    }
    const headers: Record<string, string> = options.retryNum ? { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {};
    // Slack signs a redelivery when it sends it, at least its ack timeout after the delivery before,
    // so the retry's signature differs and it reaches the app rather than the replay guard.
    const signedAt = Math.floor(Date.now() / 1000) + (options.retryNum ?? 0) * SLACK_ACK_TIMEOUT_SECONDS;
    return { ...(await this.post(JSON.stringify(body), 'application/json', headers, SIGNING_SECRET, signedAt)), eventId };
  }

  /** A click on one of the answer's buttons. */
  async click(actionId: string, value: string, user = 'UASKER001'): Promise<{ delivery: Delivery; responseUrl: string }> {
    const responseUrl = this.fake.responseUrl();
    const payload = {
      type: 'block_actions',
      user: { id: user, username: 'alice', team_id: 'T0TEST' },
      api_app_id: 'A0TEST',
      token: 'verification-token',
      container: { type: 'message', message_ts: '1700000000.000200', channel_id: 'C0GENERAL1', is_ephemeral: true },
      trigger_id: `trigger-${++counter}`,
      team: { id: 'T0TEST', domain: 'test' },
      channel: { id: 'C0GENERAL1', name: 'general' },
      response_url: responseUrl,
      actions: [{ action_id: actionId, block_id: 'tradetalk_actions', type: 'button', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1700000000.1' }],
    };
    if (this.mode === 'socket') {
      const ack = await this.fake.sendEnvelope({ type: 'interactive', payload, accepts_response_payload: false });
      return { delivery: { status: 200, body: ack }, responseUrl };
    }
    const form = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return { delivery: await this.post(form, 'application/x-www-form-urlencoded'), responseUrl };
  }

  async stop(): Promise<void> {
    await this.adapter?.stop();
    await this.fake.close();
  }
}
