import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanTraces, createCleanContext } from '@/utils/background/clean';
import { downloadsCleaner } from '@/utils/background/clean/downloads';
import { searchesCleaner } from '@/utils/background/clean/searches';
import { siteDataCleaner, siteDataHosts } from '@/utils/background/clean/site-data';
import { isProtectedUrl, parseScope, protectedScopes } from '@/utils/shared/protected-sites';
import { cleanSettingsItem, DEFAULT_CLEAN_SETTINGS, readCleanSettings } from '@/utils/shared/settings';

const context = () => createCleanContext(isProtectedUrl, protectedScopes);

/** A history where each URL has visits with ids, some referring to others. */
function stubHistory(entries: { url: string; visits: { visitId: string; referringVisitId?: string }[] }[]) {
  vi.spyOn(browser.history, 'search').mockResolvedValue(
    entries.map((e, i) => ({ id: String(i), url: e.url, lastVisitTime: 1000 - i })) as never,
  );
  vi.spyOn(browser.history, 'getVisits').mockImplementation(async ({ url }) =>
    (entries.find((e) => e.url === url)?.visits ?? []).map((v) => ({
      id: '0',
      visitId: v.visitId,
      referringVisitId: v.referringVisitId ?? '0',
      transition: 'link',
    })),
  );
  return vi.spyOn(browser.history, 'deleteUrl').mockResolvedValue(undefined);
}

describe('searchesCleaner', () => {
  beforeEach(() => fakeBrowser.reset());

  it('removes searches that name a support topic, that led to a protected site, or redirect to one', async () => {
    const deleteUrl = stubHistory([
      { url: 'https://www.google.com/search?q=help+my+ex+keeps+following+me', visits: [{ visitId: '1' }] },
      { url: 'https://www.suzylamplugh.org/', visits: [{ visitId: '2', referringVisitId: '1' }] },
      { url: 'https://www.bing.com/search?q=domestic+abuse', visits: [{ visitId: '3' }] },
      { url: 'https://www.google.com/url?q=https://www.galop.org.uk/', visits: [{ visitId: '4' }] },
      { url: 'https://duckduckgo.com/?q=weather+dorset', visits: [{ visitId: '5' }] },
      { url: 'https://news.example.org/', visits: [{ visitId: '6', referringVisitId: '5' }] },
    ]);
    expect(await searchesCleaner.run(context())).toBe(3);
    expect(deleteUrl.mock.calls.map(([arg]) => arg.url).sort()).toEqual([
      'https://www.bing.com/search?q=domestic+abuse',
      'https://www.google.com/search?q=help+my+ex+keeps+following+me',
      'https://www.google.com/url?q=https://www.galop.org.uk/',
    ]);
  });
});

describe('siteDataCleaner', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never clears a host shared with unrelated pages', () => {
    const hosts = siteDataHosts(protectedScopes);
    expect(hosts).toContain('www.suzylamplugh.org');
    expect(hosts).not.toContain('www.gov.uk');
    expect(hosts).not.toContain('gov.wales');
    expect(hosts).not.toContain('orlo.uk');
    expect(hosts).not.toContain('www.dorsetcouncil.gov.uk');
    expect(siteDataHosts([parseScope('a.example'), parseScope('a.example/x')])).toEqual([]);
  });

  it('clears cookies, storage and cache by origin, and reports the sites found in history', async () => {
    stubHistory([
      { url: 'https://www.suzylamplugh.org/a', visits: [] },
      { url: 'https://www.suzylamplugh.org/b', visits: [] },
      { url: 'https://www.galop.org.uk/', visits: [] },
    ]);
    const remove = vi.spyOn(browser.browsingData, 'remove').mockResolvedValue(undefined);
    expect(await siteDataCleaner.run(context())).toBe(2);
    const [options, types] = remove.mock.calls[0]!;
    expect(options.origins).toContain('https://www.suzylamplugh.org');
    expect(options.origins).toContain('http://suzylamplugh.org');
    expect(options.origins).not.toContain('https://www.gov.uk');
    expect(types).toMatchObject({ cookies: true, localStorage: true, indexedDB: true, cache: true });
    expect(types).not.toHaveProperty('history');
  });
});

describe('downloadsCleaner', () => {
  beforeEach(() => fakeBrowser.reset());

  it('erases list entries that came from a protected site and keeps the files', async () => {
    vi.spyOn(browser.downloads, 'search').mockResolvedValue([
      { id: 1, url: 'https://www.suzylamplugh.org/safety-plan.pdf', finalUrl: '', referrer: '' },
      { id: 2, url: 'https://cdn.example.net/x.pdf', finalUrl: '', referrer: 'https://www.galop.org.uk/' },
      { id: 3, url: 'https://news.example.org/paper.pdf', finalUrl: '', referrer: 'https://news.example.org/' },
    ] as never);
    const erase = vi.spyOn(browser.downloads, 'erase').mockResolvedValue([] as never);
    const removeFile = vi.spyOn(browser.downloads, 'removeFile').mockResolvedValue(undefined);
    expect(await downloadsCleaner.run(context())).toBe(2);
    expect(erase.mock.calls.map(([q]) => q.id)).toEqual([1, 2]);
    expect(removeFile).not.toHaveBeenCalled();
  });
});

describe('clean settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('skips what is switched off', async () => {
    const deleteUrl = stubHistory([{ url: 'https://www.suzylamplugh.org/', visits: [] }]);
    const remove = vi.spyOn(browser.browsingData, 'remove').mockResolvedValue(undefined);
    vi.spyOn(browser.downloads, 'search').mockResolvedValue([] as never);
    vi.spyOn(browser.sessions, 'getRecentlyClosed').mockResolvedValue([] as never);
    const report = await cleanTraces(context(), { ...DEFAULT_CLEAN_SETTINGS, siteData: false, history: false });
    expect(Object.keys(report.removed)).toEqual(['searches', 'downloads']);
    expect(remove).not.toHaveBeenCalled();
    expect(deleteUrl).not.toHaveBeenCalled();
  });

  it('falls back to the defaults for corrupt stored values', async () => {
    expect(await readCleanSettings()).toEqual(DEFAULT_CLEAN_SETTINGS);
    await cleanSettingsItem.setValue({ history: false, searches: 'yes', siteData: null } as never);
    expect(await readCleanSettings()).toEqual({ ...DEFAULT_CLEAN_SETTINGS, history: false });
    await fakeBrowser.storage.local.set({ cleanSettings: 'garbage' });
    expect(await readCleanSettings()).toEqual(DEFAULT_CLEAN_SETTINGS);
  });
});
