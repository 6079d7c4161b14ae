import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historyCleaner } from '@/utils/background/clean/history';
import { historyPages } from '@/utils/background/clean/history-pages';
import { createCleanContext } from '@/utils/background/clean';
import { isProtectedUrl, protectedScopes } from '@/utils/shared/protected-sites';

interface Item {
  url: string;
  lastVisitTime: number;
}

/**
 * A stand-in for Chromium's history.search (fakeBrowser has none): newest first,
 * startTime inclusive, endTime exclusive, at most maxResults.
 */
function stubHistory(items: Item[]) {
  const store = [...items];
  const search = vi.spyOn(browser.history, 'search').mockImplementation(async (query) => {
    const start = query.startTime ?? Date.now() - 24 * 3600_000;
    const end = query.endTime ?? Infinity;
    return store
      .filter((i) => i.lastVisitTime >= Number(start) && i.lastVisitTime < Number(end))
      .sort((a, b) => b.lastVisitTime - a.lastVisitTime)
      .slice(0, query.maxResults ?? 100)
      .map((i, n) => ({ id: String(n), ...i }));
  });
  const deleteUrl = vi.spyOn(browser.history, 'deleteUrl').mockImplementation(async ({ url }) => {
    const at = store.findIndex((i) => i.url === url);
    if (at >= 0) store.splice(at, 1);
  });
  const referrer = (url: string) => `visit before ${url}`;
  vi.spyOn(browser.history, 'getVisits').mockImplementation(async ({ url }) =>
    store.some((i) => i.url === url)
      ? [{ id: url, visitId: `visit of ${url}`, referringVisitId: referrer(url), transition: 'link' }]
      : [],
  );
  return { store, search, deleteUrl, referrer };
}

async function collect(pageSize: number): Promise<string[]> {
  const urls: string[] = [];
  for await (const page of historyPages(pageSize)) urls.push(...page.map((i) => i.url!));
  return urls;
}

describe('historyPages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reaches back to the start of history, not only the last day', async () => {
    const { search } = stubHistory([
      { url: 'https://a.example/', lastVisitTime: Date.now() },
      { url: 'https://old.example/', lastVisitTime: Date.UTC(2015, 0, 1) },
    ]);
    expect(await collect(100)).toEqual(['https://a.example/', 'https://old.example/']);
    expect(search.mock.calls[0]![0]).toMatchObject({ startTime: 0, text: '' });
  });

  it('yields every item exactly once across many pages, including ties on a page boundary', async () => {
    const items: Item[] = [];
    for (let i = 0; i < 1000; i++)
      items.push({ url: `https://site.example/${i}`, lastVisitTime: 1_000_000 + Math.floor(i / 3) });
    const { search } = stubHistory(items);
    const urls = await collect(64);
    expect(urls).toHaveLength(1000);
    expect(new Set(urls).size).toBe(1000);
    expect(search.mock.calls.length).toBeGreaterThan(1000 / 64);
  });

  it('stops on an empty history', async () => {
    stubHistory([]);
    expect(await collect(10)).toEqual([]);
  });
});

describe('historyCleaner', () => {
  beforeEach(() => fakeBrowser.reset());

  it('deletes every protected URL from all time and nothing else', async () => {
    const now = Date.now();
    const { store, deleteUrl } = stubHistory([
      { url: 'https://www.suzylamplugh.org/stalking', lastVisitTime: now },
      { url: 'https://www.gov.uk/guidance/forced-marriage', lastVisitTime: now - 1 },
      { url: 'https://www.gov.uk/browse/tax', lastVisitTime: now - 2 },
      { url: 'https://news.example.org/?q=suzylamplugh.org', lastVisitTime: now - 3 },
      { url: 'https://orlo.uk/nhPNT', lastVisitTime: Date.UTC(2019, 5, 1) },
    ]);
    expect(await historyCleaner.run(createCleanContext(isProtectedUrl, protectedScopes))).toBe(3);
    expect(deleteUrl).toHaveBeenCalledTimes(3);
    expect(store.map((i) => i.url)).toEqual([
      'https://www.gov.uk/browse/tax',
      'https://news.example.org/?q=suzylamplugh.org',
    ]);
  });

  it('fails when a deleted URL is still in history afterwards', async () => {
    const { deleteUrl } = stubHistory([{ url: 'https://www.suzylamplugh.org/stalking', lastVisitTime: Date.now() }]);
    deleteUrl.mockResolvedValue(undefined);
    await expect(historyCleaner.run(createCleanContext(isProtectedUrl, protectedScopes))).rejects.toThrow();
  });

  it('reads where the protected visits came from before deleting them, for the searches cleaner', async () => {
    const { store, referrer } = stubHistory([
      { url: 'https://www.suzylamplugh.org/stalking', lastVisitTime: Date.now() },
      { url: 'https://news.example.org/', lastVisitTime: Date.now() - 1 },
    ]);
    const context = createCleanContext(isProtectedUrl, protectedScopes);
    await historyCleaner.run(context);
    expect(store.map((i) => i.url)).toEqual(['https://news.example.org/']);
    expect([...(await context.referrers())]).toEqual([referrer('https://www.suzylamplugh.org/stalking')]);
  });
});
