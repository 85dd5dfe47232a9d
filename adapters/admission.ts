/**
 * Decides whether a question is taken now: a per-user rate limit, a global bound on questions
 * in flight (refused, never queued), and a gate that closes for shutdown.
 */
import { LRUCache } from 'lru-cache';

/** Questions one user may ask in a minute. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 10;
/** Questions handled at once across all users and platforms; more are refused, not queued. */
export const DEFAULT_MAX_IN_FLIGHT = 64;
/** Users remembered by the rate limiter; the least recently seen are forgotten first. */
export const DEFAULT_TRACKED_USERS = 100_000;
const WINDOW_MS = 60_000;

export const SLOW_DOWN_TEXT = "You're asking faster than I can keep up with. Please slow down and try again in a minute.";
export const BUSY_TEXT = "I'm answering a lot of questions right now. Please try again in a moment.";
export const SHUTTING_DOWN_TEXT = "I'm restarting. Please ask again in a minute.";

export type Refusal = 'rate_limited' | 'busy' | 'shutting_down';

export interface AdmissionOptions {
  /** Default `DEFAULT_RATE_LIMIT_PER_MINUTE`; 0 turns the limit off. */
  perUserPerMinute?: number;
  /** Default `DEFAULT_MAX_IN_FLIGHT`. */
  maxInFlight?: number;
  /** Default `DEFAULT_TRACKED_USERS`. */
  trackedUsers?: number;
  now?: () => number;
}

export class Admissions {
  private readonly perUser: number;
  private readonly maxInFlight: number;
  private readonly now: () => number;
  /** Recent question times per user, oldest first; beyond `trackedUsers`, the least recently seen user is forgotten. */
  private readonly recent: LRUCache<string, number[]>;
  private inFlightCount = 0;
  private closed = false;
  private idle: (() => void)[] = [];

  constructor(options: AdmissionOptions = {}) {
    this.perUser = options.perUserPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
    this.maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
    this.recent = new LRUCache({ max: options.trackedUsers ?? DEFAULT_TRACKED_USERS });
    this.now = options.now ?? Date.now;
  }

  get inFlight(): number {
    return this.inFlightCount;
  }

  /** Takes a question in (call `leave` when it is answered) or says why not. */
  enter(user: string): Refusal | undefined {
    if (this.closed) return 'shutting_down';
    if (this.inFlightCount >= this.maxInFlight) return 'busy';
    if (this.perUser > 0) {
      const now = this.now();
      const times = (this.recent.get(user) ?? []).filter((t) => now - t < WINDOW_MS);
      if (times.length >= this.perUser) {
        this.recent.set(user, times);
        return 'rate_limited';
      }
      times.push(now);
      this.recent.set(user, times);
    }
    this.inFlightCount += 1;
    return undefined;
  }

  leave(): void {
    this.inFlightCount = Math.max(0, this.inFlightCount - 1);
    if (this.inFlightCount === 0) for (const resolve of this.idle.splice(0)) resolve();
  }

  /** Stops taking questions and resolves true once those in flight are done, or false after `timeoutMs`. */
  async close(timeoutMs: number): Promise<boolean> {
    this.closed = true;
    if (this.inFlightCount === 0) return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

export function refusalText(refusal: Refusal): string {
  return refusal === 'rate_limited' ? SLOW_DOWN_TEXT : refusal === 'busy' ? BUSY_TEXT : SHUTTING_DOWN_TEXT;
}
