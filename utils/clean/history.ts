import { browser } from 'wxt/browser';
import { inBatches } from './batches';
import type { Cleaner, ProtectedEntry, SiteMatcher } from './types';

/** Below this, one deletion per URL costs less than checking a time range first. */
const MIN_RANGE_RUN = 8;

/**
 * Chromium's history database removes URLs one at a time, each with its own
 * notifications, at a cost that grows with the history. A run of protected
 * entries with no other visit between its first and last (a session spent on
 * support sites) goes in one `deleteRange` instead, but only after a search of
 * that exact span shows nothing but protected pages: `history.search` with a
 * time span lists every URL with any visit in it, so an unrelated page visited
 * in the middle of the session, even one visited again later, is seen and the
 * run falls back to single deletions.
 */
async function deleteRunAsRange(run: readonly ProtectedEntry[], isProtected: SiteMatcher): Promise<boolean> {
  const times = run.map((entry) => entry.lastVisitTime);
  const startTime = Math.min(...times);
  const endTime = Math.max(...times) + 1;
  const limit = run.length * 2 + 50;
  const inSpan = await browser.history.search({ text: '', startTime, endTime, maxResults: limit });
  if (inSpan.length >= limit || inSpan.some((item) => !isProtected(item.url))) return false;
  await browser.history.deleteRange({ startTime, endTime });
  return true;
}

/**
 * Every visit to a protected site, from all time. In Chromium each deletion also
 * removes the page from open tabs' back/forward lists and from "Recently closed",
 * which is why the exit closes the tabs first and deletes afterwards.
 */
export const historyCleaner: Cleaner = {
  name: 'history',
  async run({ history, isProtected }) {
    const { protectedUrls, protectedRuns } = await history();
    const oneByOne: string[] = [];
    for (const run of protectedRuns) {
      if (run.length >= MIN_RANGE_RUN && (await deleteRunAsRange(run, isProtected))) {
        // Earlier visits of these pages, outside the span, are still there.
        oneByOne.push(...run.filter((entry) => entry.visitCount > 1).map((entry) => entry.url));
      } else {
        oneByOne.push(...run.map((entry) => entry.url));
      }
    }
    await inBatches(oneByOne, 50, (url) => browser.history.deleteUrl({ url }));
    return protectedUrls.length;
  },
};
