/**
 * The exit, top to bottom. Leaving comes first and must not wait on anything
 * slow; cleaning follows and may fail without keeping anyone on the page.
 *
 *   1. open the destination in a new active tab (in the window being looked at,
 *      so that window, and the browser, stay open);
 *   2. close every tab showing a protected site, and the tab the exit came from;
 *   3. only then delete history: in Chromium that also clears "Recently closed"
 *      and back/forward lists, which it would not do for tabs still open.
 */
import { browser, type Browser } from 'wxt/browser';
import { cleanTraces, type CleanReport } from './clean';
import type { SiteMatcher } from './clean/types';
import { usableDestination } from './destination';
import { cleanPendingItem, destinationItem } from './settings';

export interface ExitRequest {
  /** The tab the person was looking at; closed even when it is not a protected site. */
  sourceTabId?: number;
}

async function readDestination(isProtected: SiteMatcher): Promise<string> {
  try {
    return usableDestination(await destinationItem.getValue(), (url) => isProtected(url));
  } catch {
    return usableDestination(undefined, () => false);
  }
}

function shouldClose(tab: Browser.tabs.Tab, request: ExitRequest, isProtected: SiteMatcher): boolean {
  return tab.id === request.sourceTabId || isProtected(tab.url) || isProtected(tab.pendingUrl);
}

/** Steps 1 and 2. Resolves once the tabs are closed. */
export async function leave(request: ExitRequest, isProtected: SiteMatcher): Promise<void> {
  const [destination, tabs] = await Promise.all([readDestination(isProtected), browser.tabs.query({})]);
  const source = tabs.find((tab) => tab.id === request.sourceTabId);
  const opened = await browser.tabs.create({ url: destination, active: true, windowId: source?.windowId });
  const doomed = tabs
    .filter((tab) => tab.id !== opened.id && shouldClose(tab, request, isProtected))
    .map((tab) => tab.id!)
    .filter((id) => id !== undefined);
  if (doomed.length > 0) await browser.tabs.remove(doomed);
}

let cleaning: Promise<CleanReport> | undefined;

/** Step 3, once at a time: a second request while one runs shares its result. */
export function clean(isProtected: SiteMatcher): Promise<CleanReport> {
  cleaning ??= (async () => {
    try {
      const report = await cleanTraces(isProtected);
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
export function exit(request: ExitRequest, isProtected: SiteMatcher): Promise<CleanReport> {
  exiting ??= (async () => {
    try {
      // Recorded first so a crash mid-exit is cleaned up at the next start; not awaited before leaving.
      const marked = cleanPendingItem.setValue(true).catch(() => undefined);
      // If leaving fails, the content script's own fallback navigates away; the clean still runs.
      await leave(request, isProtected).catch(() => undefined);
      await marked;
      return await clean(isProtected);
    } finally {
      exiting = undefined;
    }
  })();
  return exiting;
}

/** At start-up: finish a clean that an earlier exit could not. */
export async function finishPendingClean(isProtected: SiteMatcher): Promise<CleanReport | undefined> {
  if (!(await cleanPendingItem.getValue())) return undefined;
  return clean(isProtected);
}
