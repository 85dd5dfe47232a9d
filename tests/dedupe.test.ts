import { describe, expect, it } from 'vitest';
import { RecentEvents } from '../adapters/slack/dedupe.ts';

describe('RecentEvents (Slack retry dedupe)', () => {
  it('says an event id is new once, and not when Slack delivers it again', () => {
    const recent = new RecentEvents();
    expect(recent.firstTime('Ev1')).toBe(true);
    expect(recent.firstTime('Ev1')).toBe(false);
    expect(recent.firstTime('Ev2')).toBe(true);
  });

  it('forgets an event id once its memory time has passed', () => {
    let now = 1_000;
    const recent = new RecentEvents(10, { memoryMs: 60_000, now: () => now });
    recent.firstTime('Ev1');
    now += 59_999;
    expect(recent.firstTime('Ev1')).toBe(false);
    now += 60_001;
    expect(recent.firstTime('Ev1')).toBe(true);
  });

  it('forgets the oldest ids beyond its capacity', () => {
    const recent = new RecentEvents(2);
    for (const id of ['Ev1', 'Ev2', 'Ev3']) recent.firstTime(id);
    expect(recent.firstTime('Ev3')).toBe(false);
    expect(recent.firstTime('Ev1')).toBe(true);
  });
});
