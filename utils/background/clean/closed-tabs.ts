import { browser, type Browser } from 'wxt/browser';
import type { Cleaner } from './types';

type Sessions = typeof browser.sessions & {
  forgetClosedTab?: (windowId: number, sessionId: string) => Promise<void>;
  forgetClosedWindow?: (sessionId: string) => Promise<void>;
};

/**
 * Chromium has no API to forget a closed tab, but it drops every "Recently
 * closed" entry whose URL is deleted from history. A page that never made it
 * into history (it failed to load, say) is not dropped, so its URL is added and
 * deleted again. The first delete is tried alone: where deleting history is not
 * allowed, nothing is ever added.
 */
async function forgetInChromium(url: string): Promise<void> {
  await browser.history.deleteUrl({ url });
  await browser.history.addUrl({ url });
  await browser.history.deleteUrl({ url });
}

/**
 * "Recently closed" entries of protected sites. Chromium usually drops them when
 * their history goes; Firefox keeps them until `sessions.forgetClosedTab` /
 * `forgetClosedWindow` is called.
 */
export const closedTabsCleaner: Cleaner = {
  name: 'closed-tabs',
  needs: ['sessions', 'history'],
  async run({ isProtected }) {
    const sessions = browser.sessions as Sessions;
    const recent: Browser.sessions.Session[] = await sessions.getRecentlyClosed({});
    let removed = 0;
    for (const { tab, window } of recent) {
      const protectedTabs = (tab ? [tab] : (window?.tabs ?? [])).filter((t) => isProtected(t.url));
      if (protectedTabs.length === 0) continue;
      if (tab?.sessionId && sessions.forgetClosedTab) {
        await sessions.forgetClosedTab(tab.windowId, tab.sessionId);
      } else if (window?.sessionId && sessions.forgetClosedWindow) {
        await sessions.forgetClosedWindow(window.sessionId);
      } else {
        for (const t of protectedTabs) await forgetInChromium(t.url!);
      }
      removed += protectedTabs.length;
    }
    return removed;
  },
};
