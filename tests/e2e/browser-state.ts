/** Reads and seeds browser state through the extension's service worker. */
import type { Page, Worker } from '@playwright/test';

export interface TabInfo {
  id: number;
  windowId: number;
  url: string;
  active: boolean;
}

export function tabs(sw: Worker): Promise<TabInfo[]> {
  return sw.evaluate(async () =>
    (await chrome.tabs.query({})).map((t) => ({
      id: t.id!,
      windowId: t.windowId,
      url: t.pendingUrl || t.url || '',
      active: t.active,
    })),
  );
}

/** Every history entry, URL -> visit count. */
export function history(sw: Worker): Promise<Record<string, number>> {
  return sw.evaluate(async () => {
    const items = await chrome.history.search({ text: '', startTime: 0, maxResults: 100000 });
    return Object.fromEntries(items.map((i) => [i.url!, i.visitCount ?? 0]));
  });
}

/** URLs of every tab in "Recently closed", including those inside closed windows. */
export function recentlyClosedUrls(sw: Worker): Promise<string[]> {
  return sw.evaluate(async () => {
    const sessions = await chrome.sessions.getRecentlyClosed({});
    return sessions.flatMap((s) => (s.tab ? [s.tab.url ?? ''] : (s.window?.tabs ?? []).map((t) => t.url ?? '')));
  });
}

export function addHistory(sw: Worker, urls: string[]): Promise<void> {
  return sw.evaluate(async (list) => {
    for (const url of list) await chrome.history.addUrl({ url });
  }, urls);
}

export function openWindow(sw: Worker, url: string): Promise<number> {
  return sw.evaluate(async (u) => (await chrome.windows.create({ url: u }))!.id!, url);
}

/** Stops every service worker, as the browser does to an idle one (the extension's included). */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
