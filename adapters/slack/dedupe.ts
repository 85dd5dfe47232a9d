/** Remembers recent Events API ids, so an event Slack delivers again is answered once. */

/** How many event ids are remembered; older ones are forgotten first. */
export const DEFAULT_REMEMBERED_EVENTS = 10_000;

export class RecentEvents {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = DEFAULT_REMEMBERED_EVENTS) {}

  /** True the first time an id is offered, false after. */
  firstTime(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }
}
