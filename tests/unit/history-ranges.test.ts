import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCleanContext } from '@/utils/clean';
import { historyCleaner } from '@/utils/clean/history';
import { isProtectedUrl, protectedScopes } from '@/utils/protected-sites';

/**
 * A stand-in for Chromium's history with visits: search lists every URL with a
 * visit in [startTime, endTime), deleteRange removes the visits in that span (and
 * URLs left with none), deleteUrl removes a URL and all its visits.
 */
function fakeHistory(visits: [url: string, time: number][]) {
  let all = [...visits];
  const entries = () => {
    const byUrl = new Map<string, number[]>();
    for (const [url, time] of all) byUrl.set(url, [...(byUrl.get(url) ?? []), time]);
    return [...byUrl].map(([url, times]) => ({ url, times, lastVisitTime: Math.max(...times) }));
  };
  vi.spyOn(browser.history, 'search').mockImplementation((async (query: {
    startTime?: number;
    endTime?: number;
    maxResults?: number;
  }) => {
    const start = query.startTime ?? 0;
    const end = query.endTime ?? Infinity;
    return entries()
      .filter((e) => e.times.some((t) => t >= start && t < end))
      .sort((a, b) => b.lastVisitTime - a.lastVisitTime)
      .slice(0, query.maxResults ?? 100)
      .map((e, i) => ({ id: String(i), url: e.url, lastVisitTime: e.lastVisitTime, visitCount: e.times.length }));
  }) as never);
  const deleteRange = vi.spyOn(browser.history, 'deleteRange').mockImplementation(async ({ startTime, endTime }) => {
    all = all.filter(([, t]) => t < Number(startTime) || t >= Number(endTime));
  });
  const deleteUrl = vi.spyOn(browser.history, 'deleteUrl').mockImplementation(async ({ url }) => {
    all = all.filter(([u]) => u !== url);
  });
  const counts = () => Object.fromEntries(entries().map((e) => [e.url, e.times.length]));
  return { deleteRange, deleteUrl, counts };
}

const support = (n: number) => `https://www.suzylamplugh.org/page/${n}`;
const session = (from: number, count: number, time: number): [string, number][] =>
  Array.from({ length: count }, (_, i) => [support(from + i), time + i]);
const run = () => historyCleaner.run(createCleanContext(isProtectedUrl, protectedScopes));

describe('historyCleaner on sessions spent on support sites', () => {
  beforeEach(() => fakeBrowser.reset());

  it('removes a session with nothing else in it in one range deletion', async () => {
    const { deleteRange, deleteUrl, counts } = fakeHistory([
      ['https://news.example.org/', 100],
      ...session(0, 10, 200),
      ['https://recipes.example.net/', 300],
    ]);
    expect(await run()).toBe(10);
    expect(deleteRange).toHaveBeenCalledTimes(1);
    expect(deleteUrl).not.toHaveBeenCalled();
    expect(counts()).toEqual({ 'https://news.example.org/': 1, 'https://recipes.example.net/': 1 });
  });

  it('falls back to single deletions when another page was visited inside the session, even one visited again later', async () => {
    const { deleteRange, deleteUrl, counts } = fakeHistory([
      ...session(0, 5, 200),
      ['https://news.example.org/', 205],
      ...session(5, 5, 206),
      ['https://news.example.org/', 400],
    ]);
    expect(await run()).toBe(10);
    expect(deleteRange).not.toHaveBeenCalled();
    expect(deleteUrl).toHaveBeenCalledTimes(10);
    expect(counts()).toEqual({ 'https://news.example.org/': 2 });
  });

  it('also deletes earlier visits of a session’s pages that lie outside it', async () => {
    const { deleteRange, deleteUrl, counts } = fakeHistory([
      [support(3), 50],
      ['https://news.example.org/', 100],
      ...session(0, 10, 200),
    ]);
    await run();
    expect(deleteRange).toHaveBeenCalledTimes(1);
    expect(deleteUrl.mock.calls.map(([q]) => q.url)).toEqual([support(3)]);
    expect(counts()).toEqual({ 'https://news.example.org/': 1 });
  });

  it('deletes short runs one URL at a time', async () => {
    const { deleteRange, deleteUrl, counts } = fakeHistory([
      ...session(0, 3, 200),
      ['https://news.example.org/', 300],
      ...session(3, 3, 400),
    ]);
    await run();
    expect(deleteRange).not.toHaveBeenCalled();
    expect(deleteUrl).toHaveBeenCalledTimes(6);
    expect(counts()).toEqual({ 'https://news.example.org/': 1 });
  });
});
