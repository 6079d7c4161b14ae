import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closedTabsCleaner } from '@/utils/background/clean/closed-tabs';
import { createCleanContext } from '@/utils/background/clean';
import { isProtectedUrl, protectedScopes } from '@/utils/shared/protected-sites';

const tab = (url: string, sessionId: string) => ({ url, sessionId, windowId: 7 }) as Browser.tabs.Tab;

const recent: Browser.sessions.Session[] = [
  { lastModified: 3, tab: tab('https://www.suzylamplugh.org/a', 's1') },
  { lastModified: 2, tab: tab('https://news.example.org/', 's2') },
  {
    lastModified: 1,
    window: {
      sessionId: 'w1',
      tabs: [tab('https://www.gov.uk/guidance/forced-marriage', 's3'), tab('https://recipes.example.net/', 's4')],
    } as Browser.windows.Window,
  },
];

/** fakeBrowser has every Firefox method (throwing "not implemented"); Chromium has none. */
function withFirefoxForget(forget: { forgetClosedTab?: unknown; forgetClosedWindow?: unknown }) {
  const sessions = browser.sessions as unknown as Record<string, unknown>;
  const saved = { forgetClosedTab: sessions.forgetClosedTab, forgetClosedWindow: sessions.forgetClosedWindow };
  Object.assign(sessions, forget);
  return () => Object.assign(sessions, saved);
}

describe('closedTabsCleaner', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(browser.sessions, 'getRecentlyClosed').mockResolvedValue(recent as never);
  });

  describe('in Chromium', () => {
    let restore: () => void;
    beforeEach(() => (restore = withFirefoxForget({ forgetClosedTab: undefined, forgetClosedWindow: undefined })));
    afterEach(() => restore());

    it('re-adds and deletes each protected URL so the browser drops its entry', async () => {
      const calls: string[] = [];
      vi.spyOn(browser.history, 'deleteUrl').mockImplementation(async ({ url }) => void calls.push(`delete ${url}`));
      vi.spyOn(browser.history, 'addUrl').mockImplementation(async ({ url }) => void calls.push(`add ${url}`));
      expect(await closedTabsCleaner.run(createCleanContext(isProtectedUrl, protectedScopes))).toBe(2);
      expect(calls).toEqual([
        'delete https://www.suzylamplugh.org/a',
        'add https://www.suzylamplugh.org/a',
        'delete https://www.suzylamplugh.org/a',
        'delete https://www.gov.uk/guidance/forced-marriage',
        'add https://www.gov.uk/guidance/forced-marriage',
        'delete https://www.gov.uk/guidance/forced-marriage',
      ]);
    });

    it('never adds a URL when deleting history is refused', async () => {
      vi.spyOn(browser.history, 'deleteUrl').mockRejectedValue(new Error('disabled by policy'));
      const addUrl = vi.spyOn(browser.history, 'addUrl').mockResolvedValue(undefined);
      await expect(closedTabsCleaner.run(createCleanContext(isProtectedUrl, protectedScopes))).rejects.toThrow(
        'disabled by policy',
      );
      expect(addUrl).not.toHaveBeenCalled();
    });
  });

  it('in Firefox, forgets protected closed tabs and windows', async () => {
    const forgetClosedTab = vi.fn().mockResolvedValue(undefined);
    const forgetClosedWindow = vi.fn().mockResolvedValue(undefined);
    const restore = withFirefoxForget({ forgetClosedTab, forgetClosedWindow });
    try {
      expect(await closedTabsCleaner.run(createCleanContext(isProtectedUrl, protectedScopes))).toBe(2);
      expect(forgetClosedTab).toHaveBeenCalledWith(7, 's1');
      expect(forgetClosedWindow).toHaveBeenCalledWith('w1');
    } finally {
      restore();
    }
  });
});
