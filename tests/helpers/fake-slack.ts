/**
 * A small fake of Slack on 127.0.0.1: the Web API methods TradeTalk calls, response_url
 * endpoints, and a Socket Mode WebSocket. It records every call for the tests to inspect.
 */
import { CallLog } from './call-log.ts';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedCall {
  method: string;
  /** Parsed body: form fields (with `blocks` decoded from JSON) or JSON. */
  body: Record<string, unknown>;
  authorization?: string;
  /** performance.now() when the call arrived. */
  at: number;
}

export const BOT_USER_ID = 'UTRADEBOT1';
export const BOT_ID = 'BTRADEBOT1';

/** A message as conversations.replies returns it. */
export interface StoredMessage {
  ts: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  metadata?: unknown;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parse(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = k === 'blocks' || k === 'attachments' || k === 'metadata' || k === 'prompts' ? JSON.parse(v) : v;
  }
  return out;
}

export class FakeSlack {
  private readonly log = new CallLog<RecordedCall>('Slack', (c) => c.method);
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private socket: WebSocket | undefined;
  private readonly acks = new Map<string, (payload: unknown) => void>();
  private counter = 0;
  private messageSeq = 0;
  private helloWithheld = 0;
  /** Switchable faults: how the next calls of a method fail. */
  private readonly faults = new Map<string, { count: number; status: number; headers?: Record<string, string>; match?: (body: Record<string, unknown>) => boolean; error?: string }>();
  /** Methods (or response_url paths) answered only after a delay, and how many more times. */
  private readonly delays = new Map<string, { count: number; ms: number }>();
  /** Messages by channel, for conversations.replies: the app's posts and what tests deliver. */
  private readonly messages = new Map<string, StoredMessage[]>();

  private constructor() {
    this.server = createServer((req, res) => {
      void (async () => {
        const raw = await readBody(req);
        const url = req.url ?? '/';
        const body = parse(raw, req.headers['content-type']);
        const method = url.startsWith('/api/') ? url.slice('/api/'.length).split('?')[0]! : url;
        this.log.record({ method, body, at: performance.now(), ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
        res.setHeader('content-type', 'application/json');
        const delay = this.delays.get(method);
        if (delay && delay.count > 0) {
          delay.count -= 1;
          await new Promise((r) => setTimeout(r, delay.ms));
        }
        const fault = this.faults.get(method);
        if (fault && fault.count > 0 && (!fault.match || fault.match(body))) {
          fault.count -= 1;
          if (fault.status === 0) return; // hangs: never answers
          res.writeHead(fault.status, fault.headers ?? {});
          return void res.end(JSON.stringify({ ok: false, error: fault.error ?? (fault.status === 429 ? 'ratelimited' : 'fake_fault') }));
        }
        if (method === 'auth.test') {
          res.end(JSON.stringify({ ok: true, user_id: BOT_USER_ID, bot_id: 'BTRADEBOT1', team_id: 'T0TEST', user: 'tradetalk', url: 'https://test.slack.com/' }));
        } else if (method === 'apps.connections.open') {
          res.end(JSON.stringify({ ok: true, url: `ws://127.0.0.1:${this.port}/socket` }));
        } else if (method === 'chat.postMessage') {
          const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.messageSeq).padStart(6, '0')}`;
          this.remember(String(body.channel), {
            ts,
            user: BOT_USER_ID,
            bot_id: BOT_ID,
            text: String(body.text ?? ''),
            ...(body.thread_ts ? { thread_ts: String(body.thread_ts) } : {}),
            ...(body.metadata ? { metadata: body.metadata } : {}),
          });
          res.end(JSON.stringify({ ok: true, channel: body.channel, ts }));
        } else if (method === 'conversations.replies') {
          const parent = String(body.ts);
          const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true';
          const thread = (this.messages.get(String(body.channel)) ?? [])
            .filter((m) => m.ts === parent || m.thread_ts === parent)
            .sort((a, b) => Number(a.ts) - Number(b.ts))
            .map(({ metadata, ...m }) => (withMetadata && metadata ? { ...m, metadata } : m));
          // As Slack: oldest first, at most `limit` (default and most 1,000) a page, the rest behind a cursor.
          const limit = Math.min(Number(body.limit ?? 1000) || 1000, 1000);
          const start = body.cursor ? Number(Buffer.from(String(body.cursor), 'base64').toString().replace('offset:', '')) : 0;
          const page = thread.slice(start, start + limit);
          const more = start + limit < thread.length;
          res.end(JSON.stringify({ ok: true, messages: page, has_more: more, response_metadata: { next_cursor: more ? Buffer.from(`offset:${start + limit}`).toString('base64') : '' } }));
        } else if (method === 'assistant.threads.setSuggestedPrompts' || method === 'assistant.threads.setStatus') {
          // As Slack: both name the assistant thread; prompts need a title and a message each, a status is text.
          const prompts = body.prompts as { title?: unknown; message?: unknown }[] | undefined;
          const valid =
            typeof body.channel_id === 'string' &&
            typeof body.thread_ts === 'string' &&
            (method === 'assistant.threads.setStatus'
              ? typeof body.status === 'string'
              : Array.isArray(prompts) && prompts.length > 0 && prompts.length <= 4 && prompts.every((p) => typeof p.title === 'string' && typeof p.message === 'string'));
          res.end(JSON.stringify(valid ? { ok: true } : { ok: false, error: 'invalid_arguments' }));
        } else if (url.startsWith('/respond/')) {
          res.end(JSON.stringify({ ok: true }));
        } else {
          res.end(JSON.stringify({ ok: true }));
        }
      })();
    });
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (ws) => {
      this.socket = ws;
      if (this.helloWithheld > 0) {
        this.helloWithheld -= 1;
        return;
      }
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (msg.envelope_id) this.acks.get(msg.envelope_id)?.(msg.payload);
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0TEST' } }));
    });
  }

  static async start(): Promise<FakeSlack> {
    const fake = new FakeSlack();
    fake.server.listen(0, '127.0.0.1');
    await once(fake.server, 'listening');
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /**
   * The next `count` calls of `method` (those `match` accepts) fail with HTTP `status`; status 0
   * hangs them (no answer ever). With status 200, `error` is Slack's error code ("invalid_auth").
   */
  fail(method: string, count: number, status = 500, options: { headers?: Record<string, string>; match?: (body: Record<string, unknown>) => boolean; error?: string } = {}): void {
    this.faults.set(method, { count, status, ...options });
  }

  /** The next `count` calls of `method` (or to a response_url path) are answered normally, but only after `ms`. */
  slow(method: string, count: number, ms: number): void {
    this.delays.set(method, { count, ms });
  }

  /** Keeps a message of `channel`, so conversations.replies can return it. */
  remember(channel: string, message: StoredMessage): void {
    const list = this.messages.get(channel) ?? [];
    list.push(message);
    this.messages.set(channel, list);
  }

  /** A response_url on this fake. */
  responseUrl(): string {
    return `http://127.0.0.1:${this.port}/respond/${++this.counter}`;
  }

  /** Resolves with the calls matching `match` once there are `count` of them, or rejects after `timeoutMs`. */
  waitForCalls(match: (c: RecordedCall) => boolean, count = 1, timeoutMs = 5000): Promise<RecordedCall[]> {
    return this.log.waitFor(match, count, timeoutMs);
  }

  /** Every call received so far, oldest first (benchmarks empty it between rounds). */
  get calls(): RecordedCall[] {
    return this.log.calls;
  }

  /** Sends a Socket Mode envelope and resolves with the app's ack payload. */
  async sendEnvelope(envelope: { type: string; payload: unknown; accepts_response_payload?: boolean; retry_attempt?: number; retry_reason?: string }, envelopeId = `env-${++this.counter}`): Promise<unknown> {
    if (!this.socket) throw new Error('no Socket Mode connection');
    const acked = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ack for ${envelopeId}`)), 5000);
      this.acks.set(envelopeId, (payload) => {
        clearTimeout(timer);
        resolve(payload);
      });
    });
    this.socket.send(JSON.stringify({ envelope_id: envelopeId, ...envelope }));
    return acked;
  }

  /** The next `count` Socket Mode connections are opened but never greeted with Slack's hello. */
  withholdHello(count: number): void {
    this.helloWithheld = count;
  }

  /** Socket Mode connections open now. */
  get openSockets(): number {
    return [...this.wss.clients].filter((c) => c.readyState === c.OPEN).length;
  }

  /** Asks the app to reconnect, as Slack does when it recycles the server behind a connection. */
  askToReconnect(): void {
    this.socket?.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'fake' } }));
  }

  /** Cuts the Socket Mode connection, as a network fault would: the app must reconnect. */
  dropSocket(): void {
    for (const client of this.wss.clients) client.terminate();
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
