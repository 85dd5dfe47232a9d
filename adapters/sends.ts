/**
 * Sending replies, kept apart from answering: every HTTP call to a platform gets a time limit
 * (Node's default is to wait 300 s), sends in progress and failed sends are counted for
 * /metrics, and a platform that keeps timing out is reported in /healthz. A rate-limited send
 * waits only for its own channel.
 */
import type { Logger } from 'pino';
import type { Metrics } from './metrics.ts';

/** Time limit for one HTTP call to a platform (a Web API call, a response_url post). */
export const DEFAULT_SEND_TIMEOUT_MS = 5_000;
/** Calls in a row that time out before the platform is reported as not answering. */
export const TIMEOUTS_BEFORE_UNHEALTHY = 3;
/** Attempts of a rate-limited send, the first included. */
export const RATE_LIMITED_ATTEMPTS = 3;
/** Longest wait honoured from a Retry-After. */
export const MAX_RATE_LIMIT_WAIT_MS = 60_000;

type Fetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

export interface SendsOptions {
  platform: string;
  timeoutMs?: number;
  metrics?: Metrics;
  logger?: Logger;
}

export class Sends {
  readonly timeoutMs: number;
  private inProgress = 0;
  private timeoutsInARow = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly options: SendsOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  }

  /** `fetch` with the time limit and the counting; hand it to a client library as its fetch. */
  readonly fetch: Fetch = async (url, init = {}) => {
    const limit = AbortSignal.timeout(this.timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, limit]) : limit;
    this.started();
    try {
      const response = await globalThis.fetch(url, { ...init, signal });
      this.timeoutsInARow = 0;
      return response;
    } catch (err) {
      this.failed(limit.aborted ? 'timeout' : 'error', err);
      throw err;
    } finally {
      this.finished();
    }
  };

  /** Why sends look broken, for /healthz, or undefined. */
  problem(): string | undefined {
    return this.timeoutsInARow >= TIMEOUTS_BEFORE_UNHEALTHY
      ? `${this.options.platform} API not answering: the last ${this.timeoutsInARow} calls timed out after ${this.timeoutMs} ms`
      : undefined;
  }

  get pending(): number {
    return this.inProgress;
  }

  /** Resolves true once no send is under way, or false after `timeoutMs` (for a graceful shutdown). */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.inProgress === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /**
   * Runs `send`; when the platform says it is rate-limited (an error with `retryAfter` seconds),
   * waits that long and tries again, up to `RATE_LIMITED_ATTEMPTS`. Only this send waits: other
   * channels' sends go on meanwhile.
   */
  async withRateLimitRetry<T>(where: string, send: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await send();
      } catch (err) {
        const retryAfter = (err as { retryAfter?: unknown }).retryAfter;
        if (typeof retryAfter !== 'number' || attempt >= RATE_LIMITED_ATTEMPTS) throw err;
        const waitMs = Math.min(Math.max(retryAfter, 0) * 1000, MAX_RATE_LIMIT_WAIT_MS);
        this.options.logger?.warn({ event: 'rate_limited', platform: this.options.platform, where, retryAfterSeconds: retryAfter, attempt }, 'rate-limited; retrying this send only');
        this.options.metrics?.sendFailures.inc({ platform: this.options.platform, reason: 'rate_limited' });
        await new Promise((resolve) => setTimeout(resolve, waitMs).unref());
      }
    }
  }

  private started(): void {
    this.inProgress += 1;
    this.options.metrics?.sendsInProgress.inc({ platform: this.options.platform });
  }

  private finished(): void {
    this.inProgress -= 1;
    this.options.metrics?.sendsInProgress.dec({ platform: this.options.platform });
    if (this.inProgress === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private failed(reason: 'timeout' | 'error', err: unknown): void {
    if (reason === 'timeout') this.timeoutsInARow += 1;
    this.options.metrics?.sendFailures.inc({ platform: this.options.platform, reason });
    this.options.logger?.warn({ event: 'send_failed', platform: this.options.platform, reason, timeoutMs: this.timeoutMs, err }, reason === 'timeout' ? `call timed out after ${this.timeoutMs} ms` : 'call failed');
  }
}
