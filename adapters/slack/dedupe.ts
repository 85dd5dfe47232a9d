/** Remembers recent Events API ids, so an event Slack delivers again is answered once. */
import { LRUCache } from 'lru-cache';

/** How many event ids are remembered; the least recently seen are forgotten first. */
export const DEFAULT_REMEMBERED_EVENTS = 10_000;
/**
 * How long an event id is remembered. Slack retries an unacknowledged event three times,
 * the last about five minutes after the first delivery; ten minutes covers them all.
 */
export const DEFAULT_EVENT_MEMORY_MS = 10 * 60_000;

export interface RecentEventsOptions {
  /** Default `DEFAULT_EVENT_MEMORY_MS`. */
  memoryMs?: number;
  /** The clock, in milliseconds; `performance.now` by default. */
  now?: () => number;
}

export class RecentEvents {
  private readonly seen: LRUCache<string, true>;

  constructor(capacity = DEFAULT_REMEMBERED_EVENTS, options: RecentEventsOptions = {}) {
    this.seen = new LRUCache<string, true>({
      max: capacity,
      ttl: options.memoryMs ?? DEFAULT_EVENT_MEMORY_MS,
      // Read the clock on every check, rather than caching it for a millisecond.
      ttlResolution: 0,
      ...(options.now ? { perf: { now: options.now } } : {}),
    });
  }

  /** True the first time an id is offered (or once it has been forgotten), false after. */
  firstTime(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.set(id, true);
    return true;
  }
}
