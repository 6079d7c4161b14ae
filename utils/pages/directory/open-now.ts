/**
 * "Open now" from a service's structured opening times, compared with the clock
 * in UK time (where every service with structured times works).
 */
import type { OpeningTimes, Weekday } from '@/data/types';

const SERVICE_TIME_ZONE = 'Europe/London';
const WEEKDAYS: Record<string, Weekday> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

/** The weekday and minutes since midnight of `now` in UK time. */
export function ukClock(now: Date): { day: Weekday; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: SERVICE_TIME_ZONE,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: WEEKDAYS[part('weekday')]!, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

export function isOpenAt(times: readonly OpeningTimes[], now: Date): boolean {
  const { day, minutes } = ukClock(now);
  return times.some(
    (slot) => slot.days.includes(day) && minutes >= minutesOf(slot.opens) && minutes < minutesOf(slot.closes),
  );
}

/** Open, closed, or unknown (no structured times). */
export function openNow(times: readonly OpeningTimes[] | undefined, now: Date): 'open' | 'closed' | undefined {
  if (!times || times.length === 0) return undefined;
  return isOpenAt(times, now) ? 'open' : 'closed';
}
