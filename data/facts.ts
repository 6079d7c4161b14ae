/** Small helpers for writing sourced directory entries (data/services*.ts). */
import type { Fact, OpeningTimes, Weekday } from './types';

export function fact<T>(value: T, sources: readonly string[], confirmed = true, note?: string): Fact<T> {
  return note === undefined ? { value, sources, confirmed } : { value, sources, confirmed, note };
}

export const num = (digits: string, display: string) => ({ digits, display });

export const EVERY_DAY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** Open round the clock, every day. */
export const ALWAYS: readonly OpeningTimes[] = [{ days: EVERY_DAY, opens: '00:00', closes: '24:00' }];
