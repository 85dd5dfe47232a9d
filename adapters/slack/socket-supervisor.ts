/**
 * Keeps the Socket Mode connection to Slack up. @slack/socket-mode's own reconnecting gives up for
 * good in several ways: when opening a connection fails with a network or HTTP error or a rejected
 * token (at start-up its `start()` rejected, which ended the process; on a reconnect the rejection
 * went unhandled and the bot stayed up but deaf), when a recoverable error is followed by such a
 * one, or when a socket opens and Slack never says hello. So the client is created with its own
 * reconnecting off (`autoReconnectEnabled: false`: every failure then rejects `start()`, and a
 * closed connection emits `disconnected`), and this supervisor owns the loop: each attempt has a
 * deadline, each failure is logged with what went wrong and retried with backoff, a dropped
 * connection (Slack also recycles them on purpose) is reopened at once, and `stop()` ends it all.
 */
import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';
import { describeSlackError } from './errors.ts';

/** First wait after a failed attempt to connect; it doubles up to `DEFAULT_SOCKET_RETRY_MAX_MS`. */
export const DEFAULT_SOCKET_RETRY_INITIAL_MS = 1_000;
export const DEFAULT_SOCKET_RETRY_MAX_MS = 60_000;
/** An attempt that has not had Slack's hello by then is abandoned and tried again. */
export const DEFAULT_SOCKET_CONNECT_TIMEOUT_MS = 30_000;

type SocketClient = SocketModeReceiver['client'];

export interface SocketSupervisorOptions {
  /** Created with `autoReconnectEnabled: false` (the client's own reconnects would race the supervisor's). */
  client: SocketClient;
  logger: Logger;
  /** Default `DEFAULT_SOCKET_RETRY_INITIAL_MS`. */
  initialDelayMs?: number;
  /** Default `DEFAULT_SOCKET_RETRY_MAX_MS`. */
  maxDelayMs?: number;
  /** Default `DEFAULT_SOCKET_CONNECT_TIMEOUT_MS`. */
  connectTimeoutMs?: number;
}

function positive(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`SocketSupervisor: option "${name}" must be a positive number of milliseconds, got ${String(value)}`);
  return v;
}

export class SocketSupervisor {
  private readonly client: SocketClient;
  private readonly logger: Logger;
  private readonly initialDelay: number;
  private readonly maxDelay: number;
  private readonly connectTimeout: number;
  private delay: number;
  private attempts = 0;
  private connected = false;
  /** The client's last state event ("connecting", "connected", "disconnected"…), for /healthz. */
  private state = 'not started';
  private stopped = false;
  private lastError: string | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(options: SocketSupervisorOptions) {
    this.client = options.client;
    this.logger = options.logger;
    this.initialDelay = positive('initialDelayMs', options.initialDelayMs, DEFAULT_SOCKET_RETRY_INITIAL_MS);
    this.maxDelay = positive('maxDelayMs', options.maxDelayMs, DEFAULT_SOCKET_RETRY_MAX_MS);
    this.connectTimeout = positive('connectTimeoutMs', options.connectTimeoutMs, DEFAULT_SOCKET_CONNECT_TIMEOUT_MS);
    if (this.maxDelay < this.initialDelay) throw new RangeError(`SocketSupervisor: option "maxDelayMs" must be at least "initialDelayMs", got ${this.maxDelay}`);
    this.delay = this.initialDelay;
    for (const state of ['connecting', 'connected', 'reconnecting', 'disconnecting', 'disconnected']) this.client.on(state, () => (this.state = state));
    this.client.on('disconnected', () => {
      if (!this.connected || this.stopped) return;
      this.connected = false;
      this.logger.info({ event: 'slack_socket_closed' }, 'Slack Socket Mode connection closed; reconnecting');
      this.schedule(0);
    });
  }

  /** Whether Slack's hello has been had on the current connection. */
  get isConnected(): boolean {
    return this.state === 'connected';
  }

  /** Why there is no connection (the last attempt's failure, or the client's state), or undefined when connected; for /healthz. */
  get problem(): string | undefined {
    if (this.isConnected) return undefined;
    return this.lastError !== undefined ? `Slack Socket Mode could not connect (${this.lastError})` : `Slack Socket Mode ${this.state}`;
  }

  /** The first attempt: resolves once connected, or once it has failed and the next is scheduled. Never rejects. */
  start(): Promise<void> {
    return this.attempt();
  }

  /** Stops retrying and closes the connection, open or opening. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.client.disconnect();
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.attempt(), ms);
  }

  private async attempt(): Promise<void> {
    if (this.stopped) return;
    this.attempts += 1;
    let timedOut = false;
    // Closing the half-open connection makes the attempt fail, and so be retried.
    const deadline = setTimeout(() => {
      timedOut = true;
      void this.client.disconnect();
    }, this.connectTimeout);
    try {
      await this.client.start();
      clearTimeout(deadline);
      // Stopped while the attempt was under way: the connection it made must not outlive the stop.
      if (this.stopped) return void (await this.client.disconnect());
      this.connected = true;
      if (this.lastError !== undefined) this.logger.info({ event: 'slack_socket_connected', attempt: this.attempts }, 'Slack Socket Mode connected');
      this.lastError = undefined;
      this.attempts = 0;
      this.delay = this.initialDelay;
    } catch (err) {
      clearTimeout(deadline);
      if (this.stopped) return;
      const { reason, rejected } = timedOut
        ? { reason: `no answer from Slack within ${this.connectTimeout} ms`, rejected: false }
        : err === undefined
          ? { reason: 'the connection closed before Slack said hello', rejected: false }
          : describeSlackError(err, 'SLACK_APP_TOKEN');
      this.lastError = reason;
      const retryInMs = this.delay;
      const fields = { event: 'slack_socket_failed', attempt: this.attempts, retryInMs, reason };
      const message = `Slack Socket Mode could not connect (${reason}); retrying in ${retryInMs} ms`;
      if (rejected) this.logger.error(fields, message);
      else this.logger.warn(fields, message);
      this.schedule(retryInMs);
      this.delay = Math.min(this.delay * 2, this.maxDelay);
    }
  }
}
