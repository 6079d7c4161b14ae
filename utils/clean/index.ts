import { closedTabsCleaner } from './closed-tabs';
import { historyCleaner } from './history';
import type { Cleaner, SiteMatcher } from './types';

/** In order: history first, since in Chromium deleting it also empties "Recently closed". */
export const cleaners: readonly Cleaner[] = [historyCleaner, closedTabsCleaner];

export interface CleanReport {
  /** Items removed, by cleaner name. */
  removed: Record<string, number>;
  /** Cleaners that failed; the others still ran. */
  failed: string[];
}

/** Runs every cleaner; one that fails does not stop the others. */
export async function cleanTraces(isProtected: SiteMatcher, list: readonly Cleaner[] = cleaners): Promise<CleanReport> {
  const report: CleanReport = { removed: {}, failed: [] };
  for (const cleaner of list) {
    try {
      report.removed[cleaner.name] = await cleaner.run(isProtected);
    } catch {
      report.failed.push(cleaner.name);
    }
  }
  return report;
}
