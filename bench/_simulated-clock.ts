/**
 * A simulated clock for the refresh scheduler's `timers` option. Time moves only when the
 * benchmark runs the next timer, so a day of timers passes in seconds, and it does not move while a
 * real HTTP request is in flight.
 */

import type { SchedulerTimers } from '../main/app/refresh-scheduler.ts';

interface PendingTimer {
  id: number;
  dueAt: number;
  callback: () => void;
}

export class SimulatedClock implements SchedulerTimers {
  private current: number;
  private nextId = 1;
  private pending: PendingTimer[] = [];

  constructor(startAt: number) {
    this.current = startAt;
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, delayMs: number): unknown {
    const timer = { id: this.nextId++, dueAt: this.current + Math.max(0, delayMs), callback };
    this.pending.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((timer) => timer.id !== handle);
  }

  /**
   * Moves the clock to the earliest timer due before `endAt` and runs it. Timers due at the same
   * time run in the order they were set. Returns false, leaving the clock at `endAt`, when no
   * timer is due before then.
   */
  runNext(endAt: number): boolean {
    let earliest: PendingTimer | undefined;
    for (const timer of this.pending) {
      if (!earliest || timer.dueAt < earliest.dueAt) {
        earliest = timer;
      }
    }
    if (!earliest || earliest.dueAt >= endAt) {
      this.current = Math.max(this.current, endAt);
      return false;
    }

    this.pending = this.pending.filter((timer) => timer !== earliest);
    this.current = earliest.dueAt;
    earliest.callback();
    return true;
  }
}

/** Returns a seeded generator of numbers in [0, 1) (mulberry32), for repeatable jitter. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}
