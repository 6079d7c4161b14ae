/**
 * The exit, top to bottom. Leaving comes first and must not wait on anything
 * slow; cleaning follows and may fail without keeping anyone on the page.
 *
 *   1. open the destination in a new active tab (in the window being looked at,
 *      so that window, and the browser, stay open);
 *   2. close every tab showing a protected site, and the tab the exit came from;
 *   3. only then clean (utils/clean): in Chromium deleting history also clears
 *      "Recently closed" and back/forward lists, which it would not do for tabs
 *      still open.
 */
import { browser, type Browser } from 'wxt/browser';
import { cleanTraces, createCleanContext, type CleanReport } from './clean';
import { usableDestination } from './destination';
import type { ProtectedSites } from './protected-sites';
import { cleanPendingItem, destinationItem, readCleanSettings } from './settings';
import { forgetClosedEntries, tabsWithProtectedBackList } from './auto-clean/back-lists';

export interface ExitRequest {
  /** The tab the person was looking at; closed even when it is not a protected site. */
  sourceTabId?: number;
}

type Matcher = ProtectedSites['isProtected'];

/** A web address, or undefined for the browser's new tab page. */
async function readDestination(isProtected: Matcher): Promise<string | undefined> {
  // Unreadable storage is as good as empty: the default.
  const stored = await destinationItem.getValue().catch(() => undefined);
  return usableDestination(stored, (url) => isProtected(url));
}

const showsProtected = (tab: Browser.tabs.Tab, isProtected: Matcher) =>
  isProtected(tab.url) || isProtected(tab.pendingUrl);

/**
 * Closes every tab on a protected site (and `alsoClose`, the tab the person is
 * looking at), except `keep`. The destination opens first: always when leaving
 * (in the window being looked at, so it and the browser stay open), otherwise
 * only in windows that would be left empty.
 */
async function sweepTabs(
  isProtected: Matcher,
  { leaving, alsoClose, keep }: { leaving: boolean; alsoClose?: number; keep?: number },
): Promise<void> {
  const [destination, tabs, backToProtected] = await Promise.all([
    readDestination(isProtected),
    browser.tabs.query({}),
    // Firefox only: tabs whose Back still leads to a protected page go too.
    tabsWithProtectedBackList(),
  ]);
  const reachesProtected = (tab: Browser.tabs.Tab) => backToProtected.has(tab.id!);
  const doomed = tabs.filter(
    (tab) => tab.id !== keep && (tab.id === alsoClose || showsProtected(tab, isProtected) || reachesProtected(tab)),
  );
  if (leaving) {
    const windowId = tabs.find((tab) => tab.id === alsoClose)?.windowId;
    await browser.tabs.create({ url: destination, active: true, windowId });
  } else {
    const emptied = new Set(doomed.map((tab) => tab.windowId));
    for (const tab of tabs) if (!doomed.includes(tab)) emptied.delete(tab.windowId);
    for (const windowId of emptied) await browser.tabs.create({ url: destination, windowId, active: true });
  }
  const ids = doomed.map((tab) => tab.id).filter((id): id is number => id !== undefined);
  if (ids.length > 0) await browser.tabs.remove(ids);
  await forgetClosedEntries(doomed.filter(reachesProtected)).catch(() => undefined);
}

/** Steps 1 and 2. Resolves once the tabs are closed. */
export function leave(request: ExitRequest, isProtected: Matcher): Promise<void> {
  return sweepTabs(isProtected, { leaving: true, alsoClose: request.sourceTabId });
}

/** For "Clean up now": close the tabs on protected sites but stay where you are. */
export function closeProtectedTabs(isProtected: Matcher, keepTabId?: number): Promise<void> {
  return sweepTabs(isProtected, { leaving: false, keep: keepTabId });
}

let cleaning: Promise<CleanReport> | undefined;

/** Step 3, once at a time: a second request while one runs shares its result. */
export function clean(sites: ProtectedSites): Promise<CleanReport> {
  cleaning ??= (async () => {
    try {
      const report = await cleanTraces(createCleanContext(sites.isProtected, sites.scopes), await readCleanSettings());
      if (report.failed.length === 0) await cleanPendingItem.setValue(false);
      return report;
    } finally {
      cleaning = undefined;
    }
  })();
  return cleaning;
}

let exiting: Promise<CleanReport> | undefined;

/**
 * The whole exit. Pressing exit twice, or in two tabs at once, joins the exit
 * already under way instead of opening a second destination.
 */
export function exit(request: ExitRequest, sites: ProtectedSites): Promise<CleanReport> {
  exiting ??= (async () => {
    try {
      // Recorded first so a crash mid-exit is cleaned up at the next start; not awaited before leaving.
      const marked = cleanPendingItem.setValue(true).catch(() => undefined);
      // If leaving fails, the content script's own fallback navigates away; the clean still runs.
      await leave(request, sites.isProtected).catch(() => undefined);
      await marked;
      return await clean(sites);
    } finally {
      exiting = undefined;
    }
  })();
  return exiting;
}

/** "Clean up now": the same clean, without leaving the page (unless it is a protected one). */
export async function cleanNow(sites: ProtectedSites, keepTabId?: number): Promise<CleanReport> {
  await cleanPendingItem.setValue(true);
  await closeProtectedTabs(sites.isProtected, keepTabId).catch(() => undefined);
  return clean(sites);
}

/** At start-up: finish a clean that an earlier exit could not. */
export async function finishPendingClean(sites: ProtectedSites): Promise<CleanReport | undefined> {
  if (!(await cleanPendingItem.getValue())) return undefined;
  return clean(sites);
}
