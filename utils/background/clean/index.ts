import type { CleanReport } from '@/utils/shared/clean-report';
import type { CleanSettings } from '@/utils/shared/settings';
import type { SiteScope } from '@/utils/shared/protected-sites';
import { closedTabsCleaner } from './closed-tabs';
import { downloadsCleaner } from './downloads';
import { historyCleaner } from './history';
import { referringVisits } from './history-referrers';
import { scanHistory } from './history-scan';
import { searchesCleaner } from './searches';
import { siteDataCleaner } from './site-data';
import { hasBrowserApi } from './browser-apis';
import type { CleanContext, Cleaner, HistoryScan, SiteMatcher } from './types';

/**
 * In order: history, then "Recently closed" (in Chromium deleting the history
 * also empties most of it; in Firefox these are the two traces anyone opening
 * the History menu sees), then the searches, whose lookup is the slowest in a
 * long history (it needs the protected visits' referrers, which the history
 * cleaner reads before the visits go). Each is switched by one setting.
 */
export const cleaners: readonly { cleaner: Cleaner; setting: keyof CleanSettings }[] = [
  { cleaner: historyCleaner, setting: 'history' },
  { cleaner: closedTabsCleaner, setting: 'history' },
  { cleaner: searchesCleaner, setting: 'searches' },
  { cleaner: siteDataCleaner, setting: 'siteData' },
  { cleaner: downloadsCleaner, setting: 'downloads' },
];

export function createCleanContext(isProtected: SiteMatcher, scopes: readonly SiteScope[]): CleanContext {
  let scan: Promise<HistoryScan> | undefined;
  let referrers: Promise<ReadonlySet<string>> | undefined;
  const history = () => (scan ??= scanHistory(isProtected));
  return {
    isProtected,
    scopes,
    history,
    referrers: () => (referrers ??= history().then(({ protectedUrls }) => referringVisits(protectedUrls))),
  };
}

/**
 * Runs every cleaner the settings allow and the browser can run; one that fails
 * does not stop the others.
 */
export async function cleanTraces(
  context: CleanContext,
  settings: CleanSettings,
  list = cleaners,
  isAvailable = hasBrowserApi,
): Promise<CleanReport> {
  const started = performance.now();
  const report: CleanReport = { removed: {}, failed: [], unavailable: [], milliseconds: 0 };
  for (const { cleaner, setting } of list) {
    if (!settings[setting]) continue;
    if (!cleaner.needs.every(isAvailable)) {
      report.unavailable.push(cleaner.name);
      continue;
    }
    try {
      report.removed[cleaner.name] = await cleaner.run(context);
    } catch {
      report.failed.push(cleaner.name);
    }
  }
  report.milliseconds = Math.round(performance.now() - started);
  return report;
}
