/**
 * Cleaning without an exit: when no tab on a protected site is left open (the
 * last one closed, or navigated elsewhere), the exit's clean runs, at once or
 * after the grace period the person chose. While another protected tab is open
 * it waits. What is owed when the browser starts is handled in ./start-up.ts.
 *
 * What is kept: the on-disk `cleanDue` mark (a clean is due, never which site)
 * and, in Firefox, the ids of tabs that showed a protected page (memory only).
 */
import { browser, type Browser } from 'wxt/browser';
import { isFirefox } from '@/utils/shared/browser-kind';
import { oneAtATime } from '../one-at-a-time';
import type { ProtectedSites } from '@/utils/shared/protected-sites';
import { cleanDueItem, readAutoClean, readAutoCleanGrace } from '@/utils/shared/settings';
import { forgetTab, rememberProtectedVisit } from './back-lists';
import { cleanIfNoProtectedTab } from './run-clean';
import { cleanOwedAfterBrowserStart, cleanOwedAtWorkerStart, closeRestoredTabs } from './start-up';

type AddWithFilter = (
  listener: (tabId: number, change: Browser.tabs.OnUpdatedInfo) => void,
  filter: { properties: string[] },
) => void;

export interface LiveSites {
  current(): Promise<ProtectedSites>;
}

export function initAutoClean(sites: LiveSites): void {
  /** The stored `cleanDue` mark, read once per worker life. */
  let due: boolean | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const inTurn = oneAtATime();
  /** One job at a time, so a window closing with ten tabs starts one clean. */
  const serial = (job: () => Promise<unknown>) => void inTurn(job).catch(() => undefined);

  const isDue = async () => (due ??= (await cleanDueItem.getValue().catch(() => null)) === true);

  async function protectedPageOpened(tabId: number): Promise<void> {
    clearTimeout(graceTimer);
    if (isFirefox()) await rememberProtectedVisit(tabId);
    if ((await isDue()) || !(await readAutoClean()).afterLastTab) return;
    due = true;
    await cleanDueItem.setValue(true).catch(() => undefined);
  }

  async function cleanNow(closingTabId?: number): Promise<void> {
    if (await cleanIfNoProtectedTab(await sites.current(), closingTabId)) due = false;
  }

  /** A protected tab may have gone: clean if it was the last one. */
  async function protectedTabMayHaveGone(closingTabId?: number): Promise<void> {
    if (!(await isDue()) || !(await readAutoClean()).afterLastTab) return;
    const grace = await readAutoCleanGrace();
    if (grace === 0) return cleanNow(closingTabId);
    clearTimeout(graceTimer);
    // Reopening a protected tab in the meantime clears the timer; the clean then waits for that tab.
    graceTimer = setTimeout(() => serial(() => cleanNow()), grace * 1000);
  }

  const onPage = (tabId: number, url: string | undefined, isProtected: (url: string | undefined) => boolean) =>
    serial(() => (isProtected(url) ? protectedPageOpened(tabId) : protectedTabMayHaveGone()));

  const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
    if (change.url === undefined) return;
    void sites.current().then((current) => onPage(tabId, change.url, current.isProtected));
  };
  // Firefox can limit the event to address changes; Chromium refuses a filter, and wakes the worker for every change.
  if (isFirefox()) (browser.tabs.onUpdated.addListener as AddWithFilter)(onUpdated, { properties: ['url'] });
  else browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onCreated.addListener((tab: Browser.tabs.Tab) => {
    void sites.current().then((current) => {
      if (tab.id !== undefined && (current.isProtected(tab.url) || current.isProtected(tab.pendingUrl)))
        serial(() => protectedPageOpened(tab.id!));
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    serial(async () => {
      if (isFirefox()) await forgetTab(tabId);
      await protectedTabMayHaveGone(tabId);
    });
  });
  const afterBrowserStart = () => {
    // Not queued: restored support tabs close at once, even while the worker-start job waits.
    void sites.current().then(async (current) => closeRestoredTabs(current, await isDue()));
    serial(async () => {
      if (await cleanOwedAfterBrowserStart(await sites.current(), await isDue())) due = false;
    });
  };
  browser.runtime.onStartup.addListener(afterBrowserStart);
  // Chromium reports an extension loaded from the command line as installed again at every start,
  // with no onStartup. A real first install has nothing owed, so this changes nothing there.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') afterBrowserStart();
  });
  serial(async () => {
    if (await cleanOwedAtWorkerStart(await sites.current(), await isDue())) due = false;
  });
}
