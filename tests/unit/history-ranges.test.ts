import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCleanContext } from '@/utils/background/clean';
import { historyCleaner } from '@/utils/background/clean/history';
import { isProtectedUrl, protectedScopes } from '@/utils/shared/protected-sites';

/** A visit: its URL and when it happened, in microseconds since the epoch (both browsers store microseconds). */
type Visit = [url: string, microseconds: number];

/**
 * How each browser's history API treats times, as measured in Chromium 156 and
 * Firefox ESR 153: Chromium reports visit times with microseconds and spans end
 * before `endTime`; Firefox reports them cut to whole milliseconds, refuses a
 * bound that is not a whole number, and includes both ends of a span.
 */
const BROWSERS = {
  chromium: {
    reported: (us: number) => us / 1000,
    inSpan: (us: number, start: number, end: number) => us >= start * 1000 && us < end * 1000,
    check: (_: number) => {},
  },
  firefox: {
    reported: (us: number) => Math.floor(us / 1000),
    inSpan: (us: number, start: number, end: number) => us >= start * 1000 && us <= end * 1000,
    check: (time: number) => {
      if (!Number.isInteger(time)) throw new Error(`Type error for parameter (Value ${time} must be an integer value)`);
    },
  },
};
type BrowserName = keyof typeof BROWSERS;

/** A stand-in for the browser's history with its visits; fakeBrowser has no history. */
function fakeHistory(name: BrowserName, visits: Visit[]) {
  const { reported, inSpan, check } = BROWSERS[name];
  let all = [...visits];
  const entries = () => {
    const byUrl = new Map<string, number[]>();
    for (const [url, us] of all) byUrl.set(url, [...(byUrl.get(url) ?? []), us]);
    return [...byUrl].map(([url, times]) => ({ url, times, last: Math.max(...times) }));
  };
  const bounds = (query: { startTime?: unknown; endTime?: unknown }) => {
    const start = query.startTime === undefined ? 0 : Number(query.startTime);
    const end = query.endTime === undefined ? Number.MAX_SAFE_INTEGER : Number(query.endTime);
    check(start);
    check(end);
    return [start, end] as const;
  };
  vi.spyOn(browser.history, 'search').mockImplementation((async (query: {
    startTime?: number;
    endTime?: number;
    maxResults?: number;
  }) => {
    const [start, end] = bounds(query);
    return entries()
      .filter((e) => e.times.some((us) => inSpan(us, start, end)))
      .sort((a, b) => b.last - a.last)
      .slice(0, query.maxResults ?? 100)
      .map((e, i) => ({ id: String(i), url: e.url, lastVisitTime: reported(e.last), visitCount: e.times.length }));
  }) as never);
  const deleteRange = vi.spyOn(browser.history, 'deleteRange').mockImplementation(async (range) => {
    const [start, end] = bounds(range);
    all = all.filter(([, us]) => !inSpan(us, start, end));
  });
  const deleteUrl = vi.spyOn(browser.history, 'deleteUrl').mockImplementation(async ({ url }) => {
    all = all.filter(([u]) => u !== url);
  });
  vi.spyOn(browser.history, 'getVisits').mockImplementation(async ({ url }) =>
    all
      .filter(([u]) => u === url)
      .map(([, us]) => ({ id: url, visitId: String(us), referringVisitId: '0', transition: 'link' })),
  );
  /** Visits left, by URL. */
  const counts = () => Object.fromEntries(entries().map((e) => [e.url, e.times.length]));
  return { deleteRange, deleteUrl, counts };
}

const support = (n: number) => `https://www.suzylamplugh.org/page/${n}`;
const NEWS = 'https://news.example.org/';
const RECIPES = 'https://recipes.example.net/';
/** Microseconds: `ms` milliseconds after a fixed moment, plus `us` microseconds. */
const at = (ms: number, us = 0) => (1_796_000_000_000 + ms) * 1000 + us;
/** `count` pages visited one a millisecond apart, each some way into its millisecond, as real visits are. */
const session = (from: number, count: number, ms: number): Visit[] =>
  Array.from({ length: count }, (_, i) => [support(from + i), at(ms + i, 137 + i)]);
const run = () => historyCleaner.run(createCleanContext(isProtectedUrl, protectedScopes));

describe.each(Object.keys(BROWSERS) as BrowserName[])(
  'historyCleaner on sessions spent on support sites, %s',
  (name) => {
    beforeEach(() => fakeBrowser.reset());

    it('removes a session with nothing else in it in one range deletion', async () => {
      const { deleteRange, deleteUrl, counts } = fakeHistory(name, [
        [NEWS, at(100)],
        ...session(0, 10, 200),
        [RECIPES, at(300)],
      ]);
      expect(await run()).toBe(10);
      expect(deleteRange).toHaveBeenCalledTimes(1);
      expect(deleteUrl).not.toHaveBeenCalled();
      expect(counts()).toEqual({ [NEWS]: 1, [RECIPES]: 1 });
    });

    it('removes the last visit of a session even late in its millisecond', async () => {
      const { counts } = fakeHistory(name, [[NEWS, at(100)], ...session(0, 9, 200), [support(9), at(209, 999)]]);
      await run();
      expect(counts()).toEqual({ [NEWS]: 1 });
    });

    it('falls back to single deletions when another page was visited inside the session, even one visited again later', async () => {
      const { deleteRange, deleteUrl, counts } = fakeHistory(name, [
        ...session(0, 5, 200),
        [NEWS, at(205)],
        ...session(5, 5, 206),
        [NEWS, at(400)],
      ]);
      expect(await run()).toBe(10);
      expect(deleteRange).not.toHaveBeenCalled();
      expect(deleteUrl).toHaveBeenCalledTimes(10);
      expect(counts()).toEqual({ [NEWS]: 2 });
    });

    it('keeps a page visited in the same millisecond as the first or last visit of a session', async () => {
      const { deleteUrl, counts } = fakeHistory(name, [
        [NEWS, at(200, 20)],
        ...session(0, 10, 200),
        [RECIPES, at(209, 900)],
      ]);
      expect(await run()).toBe(10);
      expect(counts()).toEqual({ [NEWS]: 1, [RECIPES]: 1 });
      // Whole-millisecond bounds cannot leave the neighbours out: the session goes one URL at a time.
      if (name === 'firefox') expect(deleteUrl).toHaveBeenCalledTimes(10);
    });

    it('also deletes earlier visits of a session’s pages that lie outside it', async () => {
      const { deleteRange, deleteUrl, counts } = fakeHistory(name, [
        [support(3), at(50)],
        [NEWS, at(100)],
        ...session(0, 10, 200),
      ]);
      await run();
      expect(deleteRange).toHaveBeenCalledTimes(1);
      expect(deleteUrl.mock.calls.map(([q]) => q.url)).toEqual([support(3)]);
      expect(counts()).toEqual({ [NEWS]: 1 });
    });

    it('deletes short runs one URL at a time', async () => {
      const { deleteRange, deleteUrl, counts } = fakeHistory(name, [
        ...session(0, 3, 200),
        [NEWS, at(300)],
        ...session(3, 3, 400),
      ]);
      await run();
      expect(deleteRange).not.toHaveBeenCalled();
      expect(deleteUrl).toHaveBeenCalledTimes(6);
      expect(counts()).toEqual({ [NEWS]: 1 });
    });

    it('deletes a session one URL at a time when the browser refuses the range', async () => {
      const { deleteRange, counts } = fakeHistory(name, [[NEWS, at(100)], ...session(0, 12, 200)]);
      deleteRange.mockRejectedValue(new Error('refused'));
      expect(await run()).toBe(12);
      expect(counts()).toEqual({ [NEWS]: 1 });
    });
  },
);
