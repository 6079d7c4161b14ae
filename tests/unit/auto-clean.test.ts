import { beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DESTINATION } from '@/utils/shared/destination';
import { initAutoClean } from '@/utils/background/auto-clean';
import {
  forgetClosedEntries,
  forgetTab,
  rememberProtectedVisit,
  tabsWithProtectedBackList,
} from '@/utils/background/auto-clean/back-lists';
import { openProtectedTabs } from '@/utils/background/auto-clean/open-tabs';
import { cleanOwedAfterBrowserStart } from '@/utils/background/auto-clean/start-up';
import { clean } from '@/utils/background/exit';
import { isProtectedUrl, protectedScopes } from '@/utils/shared/protected-sites';
import { autoCleanGraceItem, autoCleanItem, cleanDueItem, cleanPendingItem } from '@/utils/shared/settings';

// A browser start's restore is a real browser's matter (tests/e2e/auto-clean.spec.ts): taken as settled here.
vi.mock('@/utils/background/auto-clean/restore-settled', () => ({ restoreSettled: async () => undefined }));

// The clean itself is the exit's, tested in exit.test.ts; here only when it runs matters.
vi.mock('@/utils/background/exit', async (original) => ({
  ...(await original<typeof import('@/utils/background/exit')>()),
  clean: vi.fn(),
}));

const SUPPORT = 'https://www.suzylamplugh.org/stalking-help';
const OTHER_SUPPORT = 'https://www.nationaldahelpline.org.uk/';
const NEWS = 'https://news.example.org/today';
const sites = { isProtected: isProtectedUrl, scopes: protectedScopes };

type Tab = Browser.tabs.Tab;
const tab = (id: number, url: string, extra: Partial<Tab> = {}): Tab =>
  ({ id, windowId: 1, index: id, url, active: false, pinned: false, discarded: false, ...extra }) as Tab;

describe('openProtectedTabs (is this the last protected tab?)', () => {
  it('counts protected tabs in every window, pinned and discarded ones too', () => {
    const tabs = [
      tab(1, NEWS),
      tab(2, SUPPORT, { windowId: 2, pinned: true }),
      tab(3, OTHER_SUPPORT, { windowId: 3, discarded: true }),
    ];
    expect(openProtectedTabs(tabs, isProtectedUrl).map((t) => t.id)).toEqual([2, 3]);
  });

  it('counts a tab still loading a protected page', () => {
    expect(openProtectedTabs([tab(1, 'about:blank', { pendingUrl: SUPPORT })], isProtectedUrl)).toHaveLength(1);
  });

  it('leaves out the tab being closed, which Firefox may still list', () => {
    const tabs = [tab(1, NEWS), tab(2, SUPPORT)];
    expect(openProtectedTabs(tabs, isProtectedUrl, 2)).toEqual([]);
    expect(openProtectedTabs(tabs, isProtectedUrl, 1)).toHaveLength(1);
  });

  it('finds none among unrelated pages, or on the same host outside a protected path', () => {
    const tabs = [tab(1, NEWS), tab(2, 'https://www.gov.uk/browse/tax'), tab(3, 'about:newtab')];
    expect(openProtectedTabs(tabs, isProtectedUrl)).toEqual([]);
  });
});

/** Tabs kept in a plain list (fakeBrowser's tabs.remove is unreliable); remove fires onRemoved like a browser. */
function stubTabs(initial: Tab[]) {
  const open = [...initial];
  let nextId = 100;
  vi.spyOn(browser.tabs, 'query').mockImplementation(async () => open.map((t) => ({ ...t })) as never);
  vi.spyOn(browser.tabs, 'get').mockImplementation(async (id) => ({ ...open.find((t) => t.id === id)! }) as never);
  const create = vi.spyOn(browser.tabs, 'create').mockImplementation(async (props) => {
    const created = tab(nextId++, props.url ?? 'about:newtab', { windowId: props.windowId ?? 1 });
    open.push(created);
    return created as never;
  });
  const remove = vi.spyOn(browser.tabs, 'remove').mockImplementation(async (ids) => {
    for (const id of [ids].flat())
      open.splice(
        open.findIndex((t) => t.id === id),
        1,
      );
  });
  /** A person closes a tab: gone from the list, then the event. */
  const close = async (id: number) => {
    open.splice(
      open.findIndex((t) => t.id === id),
      1,
    );
    await fakeBrowser.tabs.onRemoved.trigger(id, { windowId: 1, isWindowClosing: false });
  };
  /** A tab commits a new address. */
  const navigate = async (id: number, url: string) => {
    const found = open.find((t) => t.id === id)!;
    found.url = url;
    await fakeBrowser.tabs.onUpdated.trigger(id, { url }, found);
  };
  return { open, create, remove, close, navigate };
}

const cleanMock = vi.mocked(clean);
/** Lets the background's queued work run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('initAutoClean', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    cleanMock.mockReset();
    cleanMock.mockResolvedValue({ removed: {}, failed: [], unavailable: [], milliseconds: 1 });
  });

  it('waits while a protected tab is open in another window, and cleans when the last one closes', async () => {
    const tabs = stubTabs([tab(1, NEWS), tab(2, SUPPORT), tab(3, OTHER_SUPPORT, { windowId: 2, pinned: true })]);
    initAutoClean({ current: async () => sites });
    await tabs.navigate(2, SUPPORT);
    await settle();
    expect(await cleanDueItem.getValue()).toBe(true);

    await tabs.close(2);
    await settle();
    expect(cleanMock).not.toHaveBeenCalled();

    await tabs.close(3);
    await settle();
    expect(cleanMock).toHaveBeenCalledTimes(1);
    expect(await cleanDueItem.getValue()).toBeNull();
    expect(await cleanPendingItem.getValue()).toBe(true); // cleared by the clean itself, mocked here
  });

  it('cleans when the last protected tab goes on to an unrelated site', async () => {
    const tabs = stubTabs([tab(1, SUPPORT)]);
    initAutoClean({ current: async () => sites });
    await tabs.navigate(1, SUPPORT);
    await settle();
    await tabs.navigate(1, NEWS);
    await settle();
    expect(cleanMock).toHaveBeenCalledTimes(1);
  });

  it('a discarded protected tab still holds the clean back', async () => {
    const tabs = stubTabs([tab(1, SUPPORT), tab(2, OTHER_SUPPORT, { discarded: true })]);
    initAutoClean({ current: async () => sites });
    await tabs.navigate(1, SUPPORT);
    await tabs.close(1);
    await settle();
    expect(cleanMock).not.toHaveBeenCalled();
  });

  it('does nothing when switched off: no clean, and no "clean due" mark stored', async () => {
    await autoCleanItem.setValue({ afterLastTab: false });
    const tabs = stubTabs([tab(1, SUPPORT)]);
    initAutoClean({ current: async () => sites });
    await tabs.navigate(1, SUPPORT);
    await tabs.close(1);
    await settle();
    expect(cleanMock).not.toHaveBeenCalled();
    expect(await cleanDueItem.getValue()).toBeNull();
  });

  it('closing an unrelated tab with nothing due does not clean', async () => {
    const tabs = stubTabs([tab(1, NEWS), tab(2, NEWS)]);
    initAutoClean({ current: async () => sites });
    await tabs.close(2);
    await settle();
    expect(cleanMock).not.toHaveBeenCalled();
  });

  it('keeps the clean due when it fails, so the next start finishes it', async () => {
    cleanMock.mockResolvedValue({ removed: {}, failed: ['history'], unavailable: [], milliseconds: 1 });
    const tabs = stubTabs([tab(1, SUPPORT)]);
    initAutoClean({ current: async () => sites });
    await tabs.navigate(1, SUPPORT);
    await tabs.close(1);
    await settle();
    expect(cleanMock).toHaveBeenCalledTimes(1);
    expect(await cleanDueItem.getValue()).toBe(true);
  });

  describe('with a grace period', () => {
    beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
    afterEach(() => vi.useRealTimers());

    it('cleans after the wait, and not if the tab is reopened in the meantime', async () => {
      await autoCleanGraceItem.setValue(10);
      const tabs = stubTabs([tab(1, SUPPORT)]);
      initAutoClean({ current: async () => sites });
      await tabs.navigate(1, SUPPORT);
      await tabs.close(1);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(cleanMock).not.toHaveBeenCalled();

      // Reopened from "Recently closed" within the wait: the clean waits for that tab instead.
      tabs.open.push(tab(7, SUPPORT));
      await tabs.navigate(7, SUPPORT);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(cleanMock).not.toHaveBeenCalled();

      await tabs.close(7);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(cleanMock).toHaveBeenCalledTimes(1);
    });

    it('ignores a stored wait that is not one of the choices', async () => {
      await autoCleanGraceItem.setValue(3600);
      const tabs = stubTabs([tab(1, SUPPORT)]);
      initAutoClean({ current: async () => sites });
      await tabs.navigate(1, SUPPORT);
      await tabs.close(1);
      await vi.advanceTimersByTimeAsync(50);
      expect(cleanMock).toHaveBeenCalledTimes(1);
    });
  });
});

describe('at a browser start', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    cleanMock.mockReset();
    cleanMock.mockResolvedValue({ removed: {}, failed: [], unavailable: [], milliseconds: 1 });
  });

  it('closes restored protected tabs first (the destination opening in every window that loses one), then cleans', async () => {
    const order: string[] = [];
    const tabs = stubTabs([tab(1, NEWS), tab(2, SUPPORT), tab(3, OTHER_SUPPORT, { windowId: 2 })]);
    tabs.remove.mockImplementation(async (ids) => {
      order.push(`close ${[ids].flat().join(',')}`);
      for (const id of [ids].flat())
        tabs.open.splice(
          tabs.open.findIndex((t) => t.id === id),
          1,
        );
    });
    cleanMock.mockImplementation(async () => {
      order.push('clean');
      return { removed: {}, failed: [], unavailable: [], milliseconds: 1 };
    });
    await cleanDueItem.setValue(true);

    expect(await cleanOwedAfterBrowserStart(sites, true)).toBe(true);
    expect(order).toEqual(['close 2,3', 'clean']);
    // A window still being restored may not hold all its tabs yet: each window that loses a tab gets
    // the destination first, so none can close.
    expect(tabs.create).toHaveBeenCalledWith(expect.objectContaining({ windowId: 1 }));
    expect(tabs.create).toHaveBeenCalledWith(expect.objectContaining({ windowId: 2 }));
    expect(tabs.open.map((t) => t.windowId).sort()).toEqual([1, 1, 2]);
    expect(await cleanDueItem.getValue()).toBeNull();
  });

  it('leaves restored tabs alone when nothing is owed', async () => {
    const tabs = stubTabs([tab(1, SUPPORT)]);
    expect(await cleanOwedAfterBrowserStart(sites, false)).toBe(false);
    expect(tabs.remove).not.toHaveBeenCalled();
    expect(cleanMock).not.toHaveBeenCalled();
  });

  it('finishes an exit cut short even with the automatic clean off', async () => {
    await autoCleanItem.setValue({ afterLastTab: false });
    await cleanPendingItem.setValue(true);
    const tabs = stubTabs([tab(1, SUPPORT), tab(2, NEWS)]);
    expect(await cleanOwedAfterBrowserStart(sites, false)).toBe(true);
    expect(tabs.open.map((t) => t.url)).toEqual([NEWS, DEFAULT_DESTINATION]);
    expect(cleanMock).toHaveBeenCalledTimes(1);
  });
});

describe('Firefox back lists', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers tabs that showed a protected page, in Firefox only', async () => {
    await rememberProtectedVisit(4);
    expect([...(await tabsWithProtectedBackList())]).toEqual([]);

    vi.spyOn(browser.runtime, 'getURL').mockReturnValue('moz-extension://uuid/' as never);
    await rememberProtectedVisit(4);
    await rememberProtectedVisit(5);
    await rememberProtectedVisit(4);
    expect([...(await tabsWithProtectedBackList())]).toEqual([4, 5]);
    await forgetTab(4);
    expect([...(await tabsWithProtectedBackList())]).toEqual([5]);
    // Memory only: nothing about tabs in local storage.
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('forgets the "Recently closed" entry of each closed tab, and only that one', async () => {
    const sessions = browser.sessions as unknown as {
      forgetClosedTab: (windowId: number, sessionId: string) => Promise<void>;
    };
    sessions.forgetClosedTab = vi.fn(async () => undefined);
    vi.spyOn(browser.sessions, 'getRecentlyClosed').mockResolvedValue([
      { lastModified: 3, tab: { ...tab(0, NEWS), sessionId: 'a' } },
      { lastModified: 2, tab: { ...tab(0, NEWS, { windowId: 2 }), sessionId: 'b' } },
      { lastModified: 1, tab: { ...tab(0, NEWS), sessionId: 'c' } },
    ] as never);
    await forgetClosedEntries([tab(9, NEWS, { windowId: 2 })]);
    expect(sessions.forgetClosedTab).toHaveBeenCalledTimes(1);
    expect(sessions.forgetClosedTab).toHaveBeenCalledWith(2, 'b');
  });

  it('a browser without sessions (Firefox for Android) does not throw', async () => {
    const saved = browser.sessions;
    Object.defineProperty(browser, 'sessions', { value: undefined, configurable: true });
    try {
      await expect(forgetClosedEntries([tab(9, NEWS)])).resolves.toBeUndefined();
    } finally {
      Object.defineProperty(browser, 'sessions', { value: saved, configurable: true });
    }
  });
});
