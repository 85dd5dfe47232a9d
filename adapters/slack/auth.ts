/**
 * Who the bot is on Slack (auth.test), learned at start-up with retries and backoff and never
 * cached when it fails. Bolt's own handling ends the process when auth.test fails at start-up,
 * or caches the failed call for good when a request arrives meanwhile.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { describeSlackError } from './errors.ts';

/** First wait after a failed auth.test; it doubles up to `DEFAULT_AUTH_RETRY_MAX_MS`. */
export const DEFAULT_AUTH_RETRY_INITIAL_MS = 500;
export const DEFAULT_AUTH_RETRY_MAX_MS = 30_000;

export interface BotIdentity {
  botUserId: string;
  botId: string;
  teamId?: string;
}

export interface SlackAuthOptions {
  client: webApi.WebClient;
  botToken: string;
  logger: Logger;
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export class SlackAuth {
  private identity: BotIdentity | undefined;
  private pending: Promise<BotIdentity> | undefined;
  private lastError: string | undefined;
  /** Slack rejected the bot token: only a person can fix that, so it is logged as an error. */
  private rejected = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: SlackAuthOptions) {}

  get authenticated(): boolean {
    return this.identity !== undefined;
  }

  /** Why the bot is not authenticated yet, for /healthz. */
  get problem(): string | undefined {
    return this.identity ? undefined : `Slack not authenticated yet${this.lastError ? ` (auth.test: ${this.lastError})` : ''}`;
  }

  /** The identity, calling auth.test when it is not known yet; a failure is thrown, not kept. */
  identify(): Promise<BotIdentity> {
    if (this.identity) return Promise.resolve(this.identity);
    this.pending ??= this.options.client.auth
      .test({ token: this.options.botToken })
      .then((result) => {
        if (!result.ok || !result.user_id || !result.bot_id) throw new Error(result.error ?? 'auth.test answered without a bot identity');
        this.identity = { botUserId: result.user_id, botId: result.bot_id, ...(result.team_id ? { teamId: result.team_id } : {}) };
        this.lastError = undefined;
        return this.identity;
      })
      .catch((err: unknown) => {
        ({ reason: this.lastError, rejected: this.rejected } = describeSlackError(err, 'SLACK_BOT_TOKEN'));
        throw err;
      })
      .finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** Tries until it succeeds (or `stop`), waiting longer after each failure; resolves once authenticated or stopped. */
  async start(): Promise<void> {
    let delay = this.options.initialDelayMs ?? DEFAULT_AUTH_RETRY_INITIAL_MS;
    const max = this.options.maxDelayMs ?? DEFAULT_AUTH_RETRY_MAX_MS;
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        const who = await this.identify();
        this.options.logger.info({ event: 'slack_authenticated', botUserId: who.botUserId, attempt }, 'Slack authenticated');
        return;
      } catch {
        const fields = { event: 'slack_auth_failed', attempt, retryInMs: delay, reason: this.lastError };
        const message = `Slack auth.test failed (${this.lastError}); retrying in ${delay} ms`;
        if (this.rejected) this.options.logger.error(fields, message);
        else this.options.logger.warn(fields, message);
      }
      await new Promise<void>((resolve) => (this.timer = setTimeout(resolve, delay)));
      delay = Math.min(delay * 2, max);
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
