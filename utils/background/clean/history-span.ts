/** A time span for `history.search` and `history.deleteRange`, in milliseconds since the epoch. */
export interface HistorySpan {
  startTime: number;
  endTime: number;
}

/** Chromium reports visit times to the microsecond; 2 µs either side keeps them in whatever the rounding. */
const SUB_MILLISECOND_MARGIN = 0.002;

/**
 * The narrowest span the browser accepts that holds every visit at `times`
 * (visit times as `history.search` reports them), for both a search and a
 * deletion, so a search of the span shows everything a deletion of it removes.
 *
 * Chromium reports visit times with microseconds, accepts fractional bounds and
 * ends its spans before `endTime`. Firefox stores visits in microseconds but
 * reports them cut to whole milliseconds (a visit reported at t happened in
 * [t, t + 1)), rejects any bound that is not a whole number ("Type error for
 * parameter"), and includes both ends. Times that are all whole numbers get
 * whole bounds reaching to the end of the last millisecond, which is right in
 * both browsers; others get a margin of 2 µs.
 */
export function spanOfVisits(times: readonly number[]): HistorySpan {
  const first = Math.min(...times);
  const last = Math.max(...times);
  if (times.every(Number.isInteger)) return { startTime: first, endTime: last + 1 };
  return { startTime: first - SUB_MILLISECOND_MARGIN, endTime: last + SUB_MILLISECOND_MARGIN };
}
