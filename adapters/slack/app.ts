/**
 * The Slack adapter: Bolt in Socket Mode when an app token is set (a developer's test workspace,
 * no public URL), otherwise in HTTP mode at /slack/events (stateless, fit for several replicas).
 */
import type { Server } from 'node:http';
import { App, HTTPReceiver, ignoreSelf, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { TradeTalk } from '../../src/index.ts';
import { createConversation, type Conversation } from '../conversation.ts';
import { Sends } from '../sends.ts';
import { SlackAuth } from './auth.ts';
import { boltLogger } from './bolt-logger.ts';
import { RecentEvents } from './dedupe.ts';
import { logHandled } from './handled.ts';
import { SocketSupervisor } from './socket-supervisor.ts';
import { guardSlackRequests } from './http-guard.ts';
import { listenForSlack, type SlackHttpServer } from './http-server.ts';
import { registerListeners } from './listeners/index.ts';

export const DEFAULT_SLASH_COMMAND = '/tradetalk';
/** Web API retries for a failed call; set explicitly because Socket Mode would otherwise install 100. */
export const DEFAULT_WEB_API_RETRIES = 2;

export interface SlackAdapterOptions {
  bot: TradeTalk;
  logger: Logger;
  /** The conversation layer (admission, logging, metrics); a default one (no metrics) when absent. */
  conversation?: Conversation;
  botToken: string;
  /** Socket Mode when set. */
  appToken?: string | undefined;
  /** HTTP mode: verifies every request's signature. */
  signingSecret?: string | undefined;
  /** Web API base, e.g. for GovSlack or a test server. Default Slack's own. */
  apiUrl?: string | undefined;
  /** HTTP mode port. */
  port?: number;
  /** HTTP mode bind address. Default all interfaces. */
  host?: string;
  command?: string;
  /** Default `DEFAULT_WEB_API_RETRIES`. */
  webApiRetries?: number;
  /** Time limits and counting for every Web API and response_url call; one with the default limit when absent. */
  sends?: Sends;
  /** First wait after a failed auth.test at start-up (it doubles). Default `DEFAULT_AUTH_RETRY_INITIAL_MS`. */
  authRetryInitialMs?: number;
  /** Socket Mode: first wait after a failed attempt to connect (it doubles). Default `DEFAULT_SOCKET_RETRY_INITIAL_MS`. */
  socketRetryInitialMs?: number;
  /** Socket Mode: an attempt to connect without Slack's hello by then is abandoned and retried. Default `DEFAULT_SOCKET_CONNECT_TIMEOUT_MS`. */
  socketConnectTimeoutMs?: number;
  /** HTTP mode: bodies larger than this are refused with 413 before they are read. Default `DEFAULT_SLACK_MAX_BODY_BYTES`. */
  maxBodyBytes?: number;
}

export interface SlackAdapter {
  app: App;
  mode: 'socket' | 'http';
  /**
   * Resolves once connected (Socket Mode) or listening (HTTP, with the server). In Socket Mode a
   * first attempt that fails is logged and retried in the background; it never rejects for that.
   */
  start(): Promise<Server | undefined>;
  /**
   * Disconnects (Socket Mode) or closes the HTTP server: it stops listening and closes idle
   * connections at once, and requests still open get `graceMs` (default 0) before their
   * connections are closed, so no client can hold shutdown.
   */
  stop(graceMs?: number): Promise<void>;
  /** Why the adapter cannot take questions now, or undefined when it can (for /healthz). */
  unhealthy(): string | undefined;
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { logger } = options;
  const mode = options.appToken ? 'socket' : 'http';
  if (mode === 'http' && !options.signingSecret) throw new Error('Slack HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)');
  const sends = options.sends ?? new Sends({ platform: 'slack', logger });
  const clientOptions = {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/` } : {}),
    retryConfig: { retries: options.webApiRetries ?? DEFAULT_WEB_API_RETRIES },
    // Every Web API call and every respond() to a response_url goes through this fetch, with its time limit.
    fetch: sends.fetch,
    // A 429 is handed back rather than pausing the client's one queue, which would hold up every
    // channel; the listener retries that send alone (Sends.withRateLimitRetry).
    rejectRateLimitedCalls: true,
  };
  const slackLogger = boltLogger(logger);
  // The receiver is made here, not by Bolt, so its Socket Mode client can be supervised (connection state and reconnecting).
  const receiver = options.appToken
    ? new SocketModeReceiver({
        appToken: options.appToken,
        logger: slackLogger,
        installerOptions: { clientOptions },
        // The supervisor reconnects: the client's own reconnecting gives up for good in several ways (socket-supervisor.ts).
        autoReconnectEnabled: false,
      })
    : undefined;
  const supervisor = receiver
    ? new SocketSupervisor({
        client: receiver.client,
        logger,
        ...(options.socketRetryInitialMs ? { initialDelayMs: options.socketRetryInitialMs } : {}),
        ...(options.socketConnectTimeoutMs ? { connectTimeoutMs: options.socketConnectTimeoutMs } : {}),
      })
    : undefined;
  // HTTP mode: Bolt's receiver handles requests, but behind our own server and its checks (see http-guard.ts).
  const httpReceiver = receiver ? undefined : new HTTPReceiver({ signingSecret: options.signingSecret!, logger: slackLogger });
  let http: SlackHttpServer | undefined;
  // The bot's identity comes from our own auth.test, retried with backoff and never cached when
  // it fails, rather than from Bolt's (which exits or caches the failure). Until it is known,
  // /healthz says so and events get no answer.
  const auth = new SlackAuth({
    client: new webApi.WebClient(undefined, { ...clientOptions, logger: slackLogger }),
    botToken: options.botToken,
    logger,
    ...(options.authRetryInitialMs ? { initialDelayMs: options.authRetryInitialMs } : {}),
  });
  const app = new App({
    authorize: async () => ({ botToken: options.botToken, ...(await auth.identify()) }),
    receiver: receiver ?? httpReceiver!,
    logger: slackLogger,
    // TradeTalk keeps no conversation state; Bolt's default in-memory store only costs time per event.
    convoStore: false,
    // Bolt's own ignoreSelf is registered below instead, after the handled line, so that line covers the bot's own events too.
    ignoreSelf: false,
    clientOptions,
  });

  app.use(logHandled(logger));
  app.use(ignoreSelf);

  // Slack delivers an event again when it did not see our ack in time; answer each event once.
  const recent = new RecentEvents();
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !recent.firstTime(eventId)) {
      logger.info({ event: 'slack_retry_skipped', eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'skipped a redelivered event');
      return;
    }
    await next();
  });

  const conversation = options.conversation ?? createConversation({ bot: options.bot, logger });
  registerListeners(app, { conversation, logger, sends, command: options.command ?? DEFAULT_SLASH_COMMAND });
  app.error(async (err) => {
    logger.error({ err, event: 'slack_error' }, 'unhandled Slack error');
  });

  return {
    app,
    mode,
    async start() {
      void auth.start();
      // Work the assistant panel's suggested prompts out now rather than while a thread waits.
      try {
        conversation.bot.suggest('', 0);
      } catch (err) {
        logger.warn({ err, event: 'suggestions' }, 'working out suggested questions failed');
      }
      if (mode === 'socket') {
        // Not app.start(), which only calls the client's start() once: the supervisor keeps calling it.
        await supervisor!.start();
        if (supervisor!.isConnected) logger.info({ mode }, 'Slack adapter connected (Socket Mode)');
        return undefined;
      }
      http = await listenForSlack(
        guardSlackRequests(httpReceiver!.requestListener, { signingSecret: options.signingSecret!, logger, ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}) }),
        options.port,
        options.host,
      );
      logger.info({ mode, port: http.port }, 'Slack adapter listening (HTTP mode, /slack/events)');
      return http.server;
    },
    async stop(graceMs = 0) {
      auth.stop();
      if (mode === 'socket') return void (await supervisor!.stop());
      const open = http;
      http = undefined;
      if (!open) return;
      if (!(await open.close(graceMs))) logger.warn({ event: 'slack_http_connections_closed', graceMs }, 'Slack HTTP requests still open after the grace period; their connections were closed');
    },
    unhealthy() {
      if (!auth.authenticated) return auth.problem;
      const sending = sends.problem();
      if (sending) return sending;
      if (mode === 'socket') return supervisor!.problem;
      return http?.server.listening ? undefined : 'Slack HTTP server not listening';
    },
  };
}
