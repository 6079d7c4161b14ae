/**
 * The exit, top to bottom. Leaving comes first and must not wait on anything
 * slow; cleaning follows and may fail without keeping anyone on the page.
 *
 *   1. open the destination in a new active tab (in the window being looked at,
 *      so that window, and the browser, stay open), and at the same time
 *   2. close every tab showing a protected site, and the tab the exit came from;
 *   3. only then clean (utils/background/clean): in Chromium deleting history also clears
 *      "Recently closed" and back/forward lists, which it would not do for tabs
 *      still open.
 */
import { browser, type Browser } from 'wxt/browser';
import type { CleanReport } from '@/utils/shared/clean-report';
import { cleanTraces, createCleanContext } from './clean';
import { usableDestination } from '@/utils/shared/destination';
import type { ProtectedSites } from '@/utils/shared/protected-sites';
import { cleanPendingItem, destinationItem, readCleanSettings } from '@/utils/shared/settings';
import { forgetClosedEntries, tabsWithProtectedBackList } from './auto-clean/back-lists';

export interface ExitRequest {
  /** The tab the person was looking at; closed even when it is not a protected site. */
  sourceTabId?: number;
  /** Its window and place, when known: the destination opens there at once, before anything is looked up. */
  sourceWindowId?: number;
  sourceIndex?: number;
}

type Matcher = ProtectedSites['isProtected'];

/** Where the exit goes: a web address, or undefined for the browser's new tab page. */
export type DestinationSource = (isProtected: Matcher) => Promise<string | undefined>;

/** Read from storage; the background passes its in-memory copy instead (utils/background/live-settings.ts). */
export const readDestination: DestinationSource = async (isProtected) => {
  // Unreadable storage is as good as empty: the default.
  const stored = await destinationItem.getValue().catch(() => undefined);
  return usableDestination(stored, (url) => isProtected(url));
};

const showsProtected = (tab: Browser.tabs.Tab, isProtected: Matcher) =>
  isProtected(tab.url) || isProtected(tab.pendingUrl);

/**
 * Closes every tab on a protected site (and `alsoClose`, the tab the person is
 * looking at), except `keep`. The destination opens first: always when leaving
 * (in the window being looked at, so it and the browser stay open), otherwise
 * only in windows that would be left empty.
 */
/**
 * Closes the tabs; in Firefox, those whose Back led to a protected page also
 * leave "Recently closed", which would bring their back list back.
 */
async function closeTabs(tabs: Browser.tabs.Tab[], backToProtected: ReadonlySet<number>): Promise<void> {
  const ids = tabs.map((tab) => tab.id).filter((id): id is number => id !== undefined);
  if (ids.length === 0) return;
  await browser.tabs.remove(ids);
  await forgetClosedEntries(tabs.filter((tab) => backToProtected.has(tab.id!))).catch(() => undefined);
}

/**
 * The tabs to close: those on a protected site, the one the exit came from, and
 * (Firefox only, where deleting history leaves back lists alone) those whose Back
 * still leads to a protected page; never `keep`.
 */
const doomedTabs = (
  tabs: Browser.tabs.Tab[],
  isProtected: Matcher,
  backToProtected: ReadonlySet<number>,
  alsoClose?: number,
  keep?: number,
) =>
  tabs.filter(
    (tab) =>
      tab.id !== keep &&
      (tab.id === alsoClose ||
        showsProtected(tab, isProtected) ||
        (tab.id !== undefined && backToProtected.has(tab.id))),
  );

/**
 * Steps 1 and 2. The destination tab is asked for first, in the window the
 * person is looking at (straight away when that window is known, before any
 * look-up), and the tabs are closed right after without waiting for it: the
 * browser handles an extension's calls in order, so the window gains the new
 * tab before it loses the others and never closes. Resolves once the tabs are
 * closed.
 */
export async function leave(
  request: ExitRequest,
  isProtected: Matcher,
  destination: DestinationSource = readDestination,
): Promise<void> {
  const { sourceTabId, sourceWindowId, sourceIndex } = request;
  const openDestination = (url: string | undefined, windowId: number | undefined, index: number | undefined) =>
    browser.tabs.create({ url, active: true, windowId, ...(index === undefined ? {} : { index: index + 1 }) });
  const early =
    sourceWindowId === undefined
      ? undefined
      : openDestination(await destination(isProtected), sourceWindowId, sourceIndex);
  const [tabs, backToProtected] = await Promise.all([browser.tabs.query({}), tabsWithProtectedBackList()]);
  if (!early) {
    // The window is not known yet (an exit from the popup): the destination opens before any tab closes.
    const source = tabs.find((tab) => tab.id === sourceTabId);
    await openDestination(await destination(isProtected), source?.windowId, source?.index);
  }
  await closeTabs(doomedTabs(tabs, isProtected, backToProtected, sourceTabId), backToProtected);
  await early;
}

/**
 * For "Clean up now" and a browser start: close the tabs on protected sites but
 * stay where you are; a window left with none (or, with `inEveryWindow`, every
 * window that loses a tab) gets the destination first.
 */
export async function closeProtectedTabs(
  isProtected: Matcher,
  {
    keepTabId,
    destination = readDestination,
    inEveryWindow = false,
  }: { keepTabId?: number; destination?: DestinationSource; inEveryWindow?: boolean } = {},
): Promise<void> {
  const [url, tabs, backToProtected] = await Promise.all([
    destination(isProtected),
    browser.tabs.query({}),
    tabsWithProtectedBackList(),
  ]);
  const doomed = doomedTabs(tabs, isProtected, backToProtected, undefined, keepTabId);
  const emptied = new Set(doomed.map((tab) => tab.windowId));
  // While the browser restores a session, a window may not hold all its tabs yet:
  // then every window losing a tab gets the destination first, so none can close.
  if (!inEveryWindow) for (const tab of tabs) if (!doomed.includes(tab)) emptied.delete(tab.windowId);
  for (const windowId of emptied) await browser.tabs.create({ url, windowId, active: true });
  await closeTabs(doomed, backToProtected);
}

let cleaning: Promise<CleanReport> | undefined;

/** Step 3, once at a time: a second request while one runs shares its result. */
export function clean(sites: ProtectedSites): Promise<CleanReport> {
  cleaning ??= (async () => {
    try {
      const report = await cleanTraces(createCleanContext(sites.isProtected, sites.scopes), await readCleanSettings());
      // Removed, not set to false: storage after an exit must look as it did before one.
      if (report.failed.length === 0) await cleanPendingItem.removeValue({ removeMeta: true });
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
export function exit(
  request: ExitRequest,
  sites: ProtectedSites,
  destination: DestinationSource = readDestination,
): Promise<CleanReport> {
  exiting ??= (async () => {
    try {
      // Recorded first so a crash mid-exit is cleaned up at the next start; not awaited before leaving.
      const marked = cleanPendingItem.setValue(true).catch(() => undefined);
      // If leaving fails, the content script's own fallback navigates away; the clean still runs.
      await leave(request, sites.isProtected, destination).catch(() => undefined);
      await marked;
      return await clean(sites);
    } finally {
      exiting = undefined;
    }
  })();
  return exiting;
}

/** "Clean up now": the same clean, without leaving the page (unless it is a protected one). */
export async function cleanNow(
  sites: ProtectedSites,
  keepTabId?: number,
  destination: DestinationSource = readDestination,
): Promise<CleanReport> {
  await cleanPendingItem.setValue(true);
  await closeProtectedTabs(sites.isProtected, { keepTabId, destination }).catch(() => undefined);
  return clean(sites);
}
