import { browser } from 'wxt/browser';
import type { Cleaner } from './types';

/**
 * "Recently closed" entries of protected sites. Chromium drops them itself when
 * their history goes (so this finds none there); Firefox keeps them until
 * `sessions.forgetClosedTab` / `forgetClosedWindow` is called.
 */
export const closedTabsCleaner: Cleaner = {
  name: 'closed-tabs',
  async run(isProtected) {
    const sessions = browser.sessions as typeof browser.sessions & {
      forgetClosedTab?: (windowId: number, sessionId: string) => Promise<void>;
      forgetClosedWindow?: (sessionId: string) => Promise<void>;
    };
    const recent = await sessions.getRecentlyClosed({});
    let removed = 0;
    for (const entry of recent) {
      if (entry.tab && isProtected(entry.tab.url) && entry.tab.sessionId && sessions.forgetClosedTab) {
        await sessions.forgetClosedTab(entry.tab.windowId, entry.tab.sessionId);
        removed++;
      } else if (
        entry.window?.sessionId &&
        entry.window.tabs?.some((tab) => isProtected(tab.url)) &&
        sessions.forgetClosedWindow
      ) {
        await sessions.forgetClosedWindow(entry.window.sessionId);
        removed++;
      }
    }
    return removed;
  },
};
