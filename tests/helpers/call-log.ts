/** What a fake server received, and promises that resolve when matching calls arrive. Shared by the fake Slack and the fake Discord. */
interface Waiter<T> {
  match: (call: T) => boolean;
  found: T[];
  count: number;
  done: () => void;
}

export class CallLog<T> {
  readonly calls: T[] = [];
  private readonly waiters = new Set<Waiter<T>>();

  /** `service` and `describe` name the calls in a timeout's error message. */
  constructor(
    private readonly service: string,
    private readonly describe: (call: T) => string,
  ) {}

  record(call: T): void {
    this.calls.push(call);
    // Each waiter tests only the new call, so waiting stays cheap under load.
    for (const w of this.waiters) {
      if (!w.match(call)) continue;
      w.found.push(call);
      if (w.found.length >= w.count) w.done();
    }
  }

  /** Resolves with the calls matching `match` once there are `count` of them, or rejects after `timeoutMs`. */
  waitFor(match: (call: T) => boolean, count = 1, timeoutMs = 5000): Promise<T[]> {
    const found = this.calls.filter(match);
    if (found.length >= count) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter<T> = {
        match,
        found,
        count,
        done: () => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(waiter.found);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out waiting for ${count} matching ${this.service} call(s); saw: ${this.calls.map(this.describe).join(', ')}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}
