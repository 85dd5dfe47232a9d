/**
 * Keeps the Socket Mode connection to Slack coming back. @slack/socket-mode gives up for good when,
 * while it opens a connection, Slack cannot be reached, answers with an HTTP error, or rejects the
 * app token: at start-up its `start()` rejects (which ended the process), and on a later reconnect
 * the rejection goes unhandled and the client never tries again, leaving the bot up but deaf.
 * The client's `start()` is wrapped so that every failed attempt is logged with what went wrong
 * and tried again with backoff, until `stop()`; the client's own reconnects go through it too.
 */
import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';
import { describeSlackError } from './errors.ts';

/** First wait after a failed connection attempt; it doubles up to `DEFAULT_SOCKET_RETRY_MAX_MS`. */
export const DEFAULT_SOCKET_RETRY_INITIAL_MS = 1_000;
export const DEFAULT_SOCKET_RETRY_MAX_MS = 60_000;

type SocketClient = SocketModeReceiver['client'];

export interface SocketSupervisorOptions {
  client: SocketClient;
  logger: Logger;
  /** Default `DEFAULT_SOCKET_RETRY_INITIAL_MS`. */
  initialDelayMs?: number;
  /** Default `DEFAULT_SOCKET_RETRY_MAX_MS`. */
  maxDelayMs?: number;
}

export class SocketSupervisor {
  private lastError: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private attempts = 0;
  private delay: number;
  private readonly initialDelay: number;
  private readonly maxDelay: number;

  constructor(private readonly options: SocketSupervisorOptions) {
    this.initialDelay = options.initialDelayMs ?? DEFAULT_SOCKET_RETRY_INITIAL_MS;
    this.maxDelay = options.maxDelayMs ?? DEFAULT_SOCKET_RETRY_MAX_MS;
    if (!(this.initialDelay > 0)) throw new RangeError(`SocketSupervisor: option "initialDelayMs" must be a positive number of milliseconds, got ${String(options.initialDelayMs)}`);
    if (!(this.maxDelay >= this.initialDelay)) throw new RangeError(`SocketSupervisor: option "maxDelayMs" must be at least "initialDelayMs", got ${String(options.maxDelayMs)}`);
    this.delay = this.initialDelay;
    const { client } = options;
    const start = client.start.bind(client);
    // An own property shadows the prototype's, and the client's reconnects call `this.start` too.
    client.start = (() => this.attempt(start)) as unknown as SocketClient['start'];
  }

  /** Why the last attempt to connect failed, until one succeeds; for /healthz. */
  get problem(): string | undefined {
    return this.lastError === undefined ? undefined : `Slack Socket Mode could not connect (${this.lastError})`;
  }

  /** One attempt; never rejects: a failure is logged and the next attempt scheduled. */
  private async attempt(start: () => Promise<unknown>): Promise<void> {
    if (this.stopped) return;
    this.attempts += 1;
    try {
      await start();
      this.lastError = undefined;
      this.attempts = 0;
      this.delay = this.initialDelay;
    } catch (err) {
      if (this.stopped) return;
      const { reason, rejected } = describeSlackError(err, 'SLACK_APP_TOKEN');
      this.lastError = reason;
      const retryInMs = this.delay;
      const fields = { event: 'slack_socket_failed', attempt: this.attempts, retryInMs, reason };
      const message = `Slack Socket Mode could not connect (${reason}); retrying in ${retryInMs} ms`;
      if (rejected) this.options.logger.error(fields, message);
      else this.options.logger.warn(fields, message);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.options.client.start(), retryInMs);
      this.delay = Math.min(this.delay * 2, this.maxDelay);
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
