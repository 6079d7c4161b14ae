import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DESTINATION, NEW_TAB_PAGE } from '@/utils/shared/destination';
import { clean, exit, leave } from '@/utils/background/exit';
import { isProtectedUrl, protectedScopes } from '@/utils/shared/protected-sites';
import { cleanPendingItem, destinationItem } from '@/utils/shared/settings';

const sites = { isProtected: isProtectedUrl, scopes: protectedScopes };

interface FakeTab {
  id: number;
  windowId: number;
  url: string;
  active?: boolean;
}

/** fakeBrowser's tabs.remove is unreliable: tabs are kept in a plain list here. */
function stubTabs(initial: FakeTab[]) {
  const open = [...initial];
  let nextId = 100;
  const create = vi.spyOn(browser.tabs, 'create').mockImplementation(async (props) => {
    const tab = { id: nextId++, windowId: props.windowId ?? 1, url: props.url!, active: true };
    open.push(tab);
    return tab as never;
  });
  const remove = vi.spyOn(browser.tabs, 'remove').mockImplementation(async (ids) => {
    for (const id of [ids].flat())
      open.splice(
        open.findIndex((t) => t.id === id),
        1,
      );
  });
  vi.spyOn(browser.tabs, 'query').mockImplementation(async () => open.map((t) => ({ ...t })) as never);
  return { open, create, remove };
}

function stubHistory(urls: string[]) {
  const search = vi
    .spyOn(browser.history, 'search')
    .mockImplementation(async () => urls.map((url, i) => ({ id: String(i), url, lastVisitTime: 1000 - i })));
  const deleteUrl = vi.spyOn(browser.history, 'deleteUrl').mockResolvedValue(undefined);
  vi.spyOn(browser.history, 'getVisits').mockResolvedValue([] as never);
  vi.spyOn(browser.sessions, 'getRecentlyClosed').mockResolvedValue([] as never);
  vi.spyOn(browser.browsingData, 'remove').mockResolvedValue(undefined);
  vi.spyOn(browser.downloads, 'search').mockResolvedValue([] as never);
  return { search, deleteUrl };
}

describe('leave', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the destination in the source window, then closes the source tab and every protected tab', async () => {
    const { open, create } = stubTabs([
      { id: 1, windowId: 1, url: 'https://news.example.org/' },
      { id: 2, windowId: 1, url: 'https://recipes.example.net/', active: true },
      { id: 3, windowId: 2, url: 'https://www.suzylamplugh.org/help' },
      { id: 4, windowId: 2, url: 'https://www.gov.uk/guidance/forced-marriage' },
      { id: 5, windowId: 2, url: 'https://www.gov.uk/browse/tax' },
    ]);
    await leave({ sourceTabId: 2 }, isProtectedUrl);
    expect(create).toHaveBeenCalledWith({ url: DEFAULT_DESTINATION, active: true, windowId: 1 });
    expect(open.map((t) => t.url)).toEqual([
      'https://news.example.org/',
      'https://www.gov.uk/browse/tax',
      DEFAULT_DESTINATION,
    ]);
  });

  it('uses the stored destination, and the default when the stored one is unusable', async () => {
    const { create } = stubTabs([{ id: 1, windowId: 1, url: 'https://www.suzylamplugh.org/' }]);
    await destinationItem.setValue({ url: 'https://weather.example.com/' });
    await leave({ sourceTabId: 1 }, isProtectedUrl);
    expect(create.mock.calls.at(-1)![0].url).toBe('https://weather.example.com/');
    await destinationItem.setValue({ url: 'javascript:alert(1)' });
    await leave({}, isProtectedUrl);
    expect(create.mock.calls.at(-1)![0].url).toBe(DEFAULT_DESTINATION);
  });

  it("opens the browser's new tab page (no url) when that is the choice", async () => {
    const { create } = stubTabs([{ id: 1, windowId: 1, url: 'https://www.suzylamplugh.org/' }]);
    await destinationItem.setValue(NEW_TAB_PAGE);
    await leave({ sourceTabId: 1 }, isProtectedUrl);
    expect(create).toHaveBeenCalledWith({ url: undefined, active: true, windowId: 1 });
  });
});

describe('exit', () => {
  beforeEach(() => fakeBrowser.reset());

  it('closes tabs before deleting history, and clears the pending flag when done', async () => {
    const order: string[] = [];
    const { remove } = stubTabs([{ id: 1, windowId: 1, url: 'https://www.suzylamplugh.org/' }]);
    const { deleteUrl } = stubHistory(['https://www.suzylamplugh.org/', 'https://news.example.org/']);
    remove.mockImplementation(async () => void order.push('close'));
    deleteUrl.mockImplementation(async ({ url }) => void order.push(`delete ${url}`));
    const report = await exit({ sourceTabId: 1 }, sites);
    expect(order).toEqual(['close', 'delete https://www.suzylamplugh.org/']);
    expect(report).toMatchObject({
      removed: { searches: 0, history: 1, 'closed-tabs': 0, 'site-data': 1, downloads: 0 },
      failed: [],
    });
    expect(await cleanPendingItem.getValue()).toBe(false);
  });

  it('leaves the extension’s storage exactly as it was before the exit', async () => {
    await browser.storage.local.set({ firstRunShown: true });
    const before = await browser.storage.local.get(null);
    stubTabs([{ id: 1, windowId: 1, url: 'https://www.suzylamplugh.org/' }]);
    stubHistory(['https://www.suzylamplugh.org/']);
    await exit({ sourceTabId: 1 }, sites);
    expect(await browser.storage.local.get(null)).toEqual(before);
  });

  it('joins an exit already under way instead of opening a second destination', async () => {
    const { create } = stubTabs([{ id: 1, windowId: 1, url: 'https://www.suzylamplugh.org/' }]);
    stubHistory([]);
    const [a, b] = [exit({ sourceTabId: 1 }, sites), exit({ sourceTabId: 1 }, sites)];
    expect(a).toBe(b);
    await a;
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('still cleans when leaving fails, and keeps the clean owed when the history API refuses', async () => {
    vi.spyOn(browser.tabs, 'query').mockRejectedValue(new Error('tabs unavailable'));
    const { deleteUrl } = stubHistory(['https://www.suzylamplugh.org/']);
    deleteUrl.mockRejectedValue(new Error('Deleting history is disabled by policy'));
    const report = await exit({ sourceTabId: 1 }, sites);
    expect(report.failed).toEqual(['history']);
    expect(await cleanPendingItem.getValue()).toBe(true);
  });
});

describe('clean', () => {
  beforeEach(() => fakeBrowser.reset());

  it('finishes a clean an earlier exit could not, and then removes the mark', async () => {
    stubHistory(['https://www.suzylamplugh.org/']);
    await cleanPendingItem.setValue(true);
    expect((await clean(sites)).removed.history).toBe(1);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('shares one clean between callers that overlap', async () => {
    stubHistory([]);
    expect(clean(sites)).toBe(clean(sites));
  });
});
