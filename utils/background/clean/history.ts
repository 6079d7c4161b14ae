import { browser } from 'wxt/browser';
import { inBatches } from './batches';
import { spanOfVisits } from './history-span';
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
 * run falls back to single deletions. So does a run whose span the browser
 * refuses: the range is a shortcut, never the only way.
 */
async function deleteRunAsRange(
  run: readonly ProtectedEntry[],
  isProtected: SiteMatcher,
): Promise<string[] | undefined> {
  const span = spanOfVisits(run.map((entry) => entry.lastVisitTime));
  const limit = run.length * 2 + 50;
  const query = { text: '', ...span, maxResults: limit };
  try {
    const inSpan = await browser.history.search(query);
    if (inSpan.length >= limit || inSpan.some((item) => !isProtected(item.url))) return undefined;
    await browser.history.deleteRange(span);
    // Whatever of the run is still there (earlier visits outside the span) goes one URL at a time.
    const left = new Set(run.filter((entry) => entry.visitCount > 1).map((entry) => entry.url));
    for (const item of await browser.history.search(query)) if (item.url) left.add(item.url);
    return [...left];
  } catch {
    return undefined;
  }
}

/**
 * Chromium answers `deleteUrl` before its history database has done the work, and
 * handles history requests in turn: a read of the last URL deleted answers only
 * once every deletion before it is done. So the clean counts as finished only when
 * the history has really changed, and a URL still there fails it.
 */
async function confirmDeleted(lastUrl: string | undefined): Promise<void> {
  if (lastUrl === undefined) return;
  const left = await browser.history.getVisits({ url: lastUrl });
  if (left.length > 0) throw new Error('History was not deleted');
}

/**
 * Every visit to a protected site, from all time. In Chromium each deletion also
 * removes the page from open tabs' back/forward lists and from "Recently closed",
 * which is why the exit closes the tabs first and deletes afterwards.
 */
export const historyCleaner: Cleaner = {
  name: 'history',
  needs: ['history'],
  async run({ history, referrers, isProtected }) {
    const { protectedUrls, protectedRuns } = await history();
    // The searches cleaner, which runs after this one, finds the searches that led to a
    // protected page through these visits' referrers, which go with the visits.
    await referrers();
    const oneByOne: string[] = [];
    for (const run of protectedRuns) {
      const left = run.length >= MIN_RANGE_RUN ? await deleteRunAsRange(run, isProtected) : undefined;
      oneByOne.push(...(left ?? run.map((entry) => entry.url)));
    }
    await inBatches(oneByOne, 50, (url) => browser.history.deleteUrl({ url }));
    await confirmDeleted(oneByOne.at(-1));
    return protectedUrls.length;
  },
};
