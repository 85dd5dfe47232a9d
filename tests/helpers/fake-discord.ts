/**
 * A small fake of Discord on 127.0.0.1: the REST routes TradeTalk calls under /api/v10 and a
 * gateway WebSocket that says HELLO, accepts IDENTIFY, dispatches READY and GUILD_CREATE, and
 * answers heartbeats. It records every REST call for the tests to inspect.
 */
import { CallLog } from './call-log.ts';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const APP_ID = '1180000000000000001';
export const BOT_ID = '1180000000000000001';
export const GUILD_ID = '1180000000000000100';
export const CHANNEL_ID = '1180000000000000200';
export const THREAD_ID = '1180000000000000250';
export const DM_CHANNEL_ID = '1180000000000000300';
export const USER_ID = '1180000000000000400';
export const OTHER_BOT_ID = '1180000000000000500';
export const DISCORD_TOKEN = 'MTE4MDAwMDAwMDAwMDAwMDAwMQ.GfakeX.fake-discord-token-for-tests-only';

export interface RestCall {
  /** What the fake answered with (a created message, for instance), once it has answered. */
  response?: unknown;
  method: string;
  path: string;
  body: Record<string, unknown> | null;
  authorization?: string;
  at: number;
}

let nextId = 1180000000000001000n;
export const snowflake = (): string => String(nextId++);

const user = (id: string, username: string, bot = false) => ({ id, username, discriminator: '0', global_name: username, avatar: null, ...(bot ? { bot: true } : {}) });
export const BOT_USER = user(BOT_ID, 'TradeTalk', true);
export const HUMAN = user(USER_ID, 'alice');

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export class FakeDiscord {
  private readonly log = new CallLog<RestCall>('Discord', (c) => `${c.method} ${c.path}`);
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private socket: WebSocket | undefined;
  private seq = 0;
  private identified: (() => void) | undefined;
  /** Every message sent or dispatched, by id, for GET /channels/:id/messages/:id. */
  private readonly messages = new Map<string, Record<string, unknown>>();
  /** Switchable faults: the next calls that `match` are answered with this error instead. */
  private readonly faults: { match: (c: RestCall) => boolean; count: number; status: number; error: { message: string; code: number } }[] = [];
  /** Calls that `match` are answered only once `released` resolves, as on a slow network. */
  private readonly holds: { match: (c: RestCall) => boolean; released: Promise<void> }[] = [];

  private constructor() {
    this.server = createServer((req, res) => {
      void (async () => {
        const raw = await readBody(req);
        const path = (req.url ?? '/').split('?')[0]!;
        let body: Record<string, unknown> | null = null;
        const type = req.headers['content-type'] ?? '';
        if (raw && type.includes('application/json')) body = JSON.parse(raw) as Record<string, unknown>;
        else if (raw && type.includes('multipart/form-data')) {
          const json = /name="payload_json"[\s\S]*?\r\n\r\n([\s\S]*?)\r\n--/.exec(raw)?.[1];
          body = json ? (JSON.parse(json) as Record<string, unknown>) : null;
        }
        const call: RestCall = { method: req.method ?? 'GET', path, body, at: performance.now(), ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) };
        this.log.record(call);
        const hold = this.holds.find((h) => h.match(call));
        if (hold) await hold.released;
        this.respond(call, res);
      })();
    });
    this.wss = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.wss.on('connection', (ws) => {
      this.socket = ws;
      ws.on('message', (data) => this.onGateway(JSON.parse(String(data)) as { op: number; d: unknown }));
      ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    });
  }

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    fake.server.listen(0, '127.0.0.1');
    await once(fake.server, 'listening');
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  private message(channelId: string, body: Record<string, unknown> | null) {
    const reference = body?.message_reference as { message_id?: string } | undefined;
    const message = {
      id: snowflake(),
      channel_id: channelId,
      author: BOT_USER,
      content: (body?.content as string | undefined) ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: (body?.embeds as unknown[] | undefined) ?? [],
      components: (body?.components as unknown[] | undefined) ?? [],
      pinned: false,
      type: body?.message_reference ? 19 : 0,
      flags: (body?.flags as number | undefined) ?? 0,
      ...(reference?.message_id ? { message_reference: { message_id: reference.message_id, channel_id: channelId, guild_id: GUILD_ID } } : {}),
    };
    this.messages.set(message.id, message);
    return message;
  }

  /** The next `count` REST calls that `match` fail with HTTP `status` and Discord's JSON error (e.g. 10062 Unknown interaction). */
  fail(match: (c: RestCall) => boolean, count: number, status: number, error: { message: string; code: number }): void {
    this.faults.push({ match, count, status, error });
  }

  /** Holds the answers to REST calls that `match` (recorded as they arrive) until the returned function is called. */
  hold(match: (c: RestCall) => boolean): () => void {
    let release!: () => void;
    this.holds.push({ match, released: new Promise<void>((resolve) => (release = resolve)) });
    return release;
  }

  /** A message the fake has sent or dispatched. */
  storedMessage(id: string): Record<string, unknown> | undefined {
    return this.messages.get(id);
  }

  private respond(call: RestCall, res: import('node:http').ServerResponse): void {
    const send = (status: number, payload?: unknown) => {
      call.response = payload;
      res.statusCode = status;
      if (payload === undefined) return void res.end();
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(payload));
    };
    const fault = this.faults.find((f) => f.count > 0 && f.match(call));
    if (fault) {
      fault.count -= 1;
      return send(fault.status, fault.error);
    }
    const p = call.path;
    if (call.method === 'GET' && p === '/api/v10/gateway/bot') {
      return send(200, { url: `ws://127.0.0.1:${this.port}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } });
    }
    if (call.method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(p)) return send(204);
    let m = /^\/api\/v10\/webhooks\/(\d+)\/[^/]+\/messages\/(?:%40|@)original$/.exec(p);
    if (m && call.method === 'PATCH') return send(200, this.message(CHANNEL_ID, call.body));
    m = /^\/api\/v10\/webhooks\/(\d+)\/[^/]+$/.exec(p);
    if (m && call.method === 'POST') return send(200, this.message(CHANNEL_ID, call.body));
    m = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(p);
    if (m && call.method === 'POST') return send(200, this.message(m[1]!, call.body));
    if (call.method === 'PUT' && /^\/api\/v10\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.test(p)) {
      const cmds = (call.body as unknown as { name: string }[] | null) ?? [];
      return send(200, cmds.map((c) => ({ ...c, id: snowflake(), application_id: APP_ID, version: snowflake() })));
    }
    m = /^\/api\/v10\/channels\/(\d+)\/messages\/(\d+)$/.exec(p);
    if (m && call.method === 'GET') {
      const found = this.messages.get(m[2]!);
      return found ? send(200, found) : send(404, { message: 'Unknown Message', code: 10008 });
    }
    if (call.method === 'GET' && /^\/api\/v10\/channels\/(\d+)$/.test(p)) {
      return send(200, { id: p.split('/').at(-1), type: 1, recipients: [HUMAN], last_message_id: null });
    }
    send(404, { message: 'Unknown route', code: 0 });
  }

  private send(payload: unknown): void {
    this.socket?.send(JSON.stringify(payload));
  }

  private onGateway(msg: { op: number; d: unknown }): void {
    if (msg.op === 1) this.send({ op: 11 });
    if (msg.op === 2) {
      this.dispatch('READY', {
        v: 10,
        user: { ...BOT_USER, verified: true, mfa_enabled: false, flags: 0 },
        guilds: [{ id: GUILD_ID, unavailable: true }],
        session_id: 'fake-session',
        resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
        application: { id: APP_ID, flags: 0 },
        shard: [0, 1],
      });
      this.dispatch('GUILD_CREATE', {
        id: GUILD_ID,
        name: 'Test server',
        icon: null,
        owner_id: USER_ID,
        afk_timeout: 300,
        verification_level: 0,
        default_message_notifications: 0,
        explicit_content_filter: 0,
        features: [],
        mfa_level: 0,
        system_channel_flags: 0,
        premium_tier: 0,
        preferred_locale: 'en-US',
        nsfw_level: 0,
        unavailable: false,
        member_count: 2,
        large: false,
        joined_at: new Date().toISOString(),
        roles: [{ id: GUILD_ID, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '2248473465835073', managed: false, mentionable: false, flags: 0 }],
        emojis: [],
        stickers: [],
        channels: [
          { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general', position: 0, permission_overwrites: [], parent_id: null, nsfw: false },
        ],
        threads: [
          { id: THREAD_ID, type: 11, guild_id: GUILD_ID, parent_id: CHANNEL_ID, owner_id: USER_ID, name: 'trade thread', thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false }, message_count: 1, member_count: 1 },
        ],
        members: [
          { user: HUMAN, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
          { user: BOT_USER, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
        ],
        voice_states: [],
        presences: [],
        stage_instances: [],
        guild_scheduled_events: [],
      });
      this.identified?.();
    }
  }

  /** Resolves once a client has identified and been sent READY and GUILD_CREATE. */
  waitForIdentify(): Promise<void> {
    return new Promise((resolve) => (this.identified = resolve));
  }

  /** Sends a gateway dispatch event to the connected client. */
  dispatch(type: string, data: unknown): void {
    if (type === 'MESSAGE_CREATE') {
      const { referenced_message: _, ...message } = data as Record<string, unknown>;
      this.messages.set(String(message.id), message);
    }
    this.send({ op: 0, t: type, s: ++this.seq, d: data });
  }

  waitForCalls(match: (c: RestCall) => boolean, count = 1, timeoutMs = 5000): Promise<RestCall[]> {
    return this.log.waitFor(match, count, timeoutMs);
  }

  /** Every call received so far, oldest first (benchmarks empty it between rounds). */
  get calls(): RestCall[] {
    return this.log.calls;
  }

  /**
   * Stops reading the gateway connection, as when the network drops: the bot's close frame then
   * goes unanswered, and its WebSocket waits out the `ws` library's close timeout (30 s).
   */
  stallGateway(): void {
    if (!this.socket) throw new Error('no gateway connection');
    this.socket.pause();
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
