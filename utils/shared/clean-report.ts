/**
 * What a clean removed: made by the background's cleaners (utils/background/clean),
 * sent to the popup in the message protocol, and put into words there.
 */

/** The traces the exit removes, by name: the keys of a clean's report. */
export type CleanerName = 'searches' | 'history' | 'closed-tabs' | 'site-data' | 'downloads';

export interface CleanReport {
  /** Items removed, by cleaner. */
  removed: Partial<Record<CleanerName, number>>;
  /** Cleaners that failed; the others still ran. A clean with none failed is finished. */
  failed: CleanerName[];
  /** Cleaners this browser gives no API for (Firefox for Android: history, sessions, downloads). */
  unavailable: CleanerName[];
  milliseconds: number;
}
