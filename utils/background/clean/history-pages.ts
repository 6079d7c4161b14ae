import { browser, type Browser } from 'wxt/browser';

/**
 * Walks the whole history, newest first, one page at a time, so a large history
 * is never loaded at once. `history.search` defaults to the last 24 hours and 100
 * results: `startTime: 0` reaches back to the start, and each next page ends where
 * the previous one did. Items on a page boundary may come twice; they are dropped.
 */
export async function* historyPages(pageSize = 5000): AsyncGenerator<Browser.history.HistoryItem[]> {
  const seen = new Set<string>();
  let endTime: number | undefined;
  for (;;) {
    const page = await browser.history.search({
      text: '',
      startTime: 0,
      ...(endTime === undefined ? {} : { endTime }),
      maxResults: pageSize,
    });
    const fresh = page.filter((item) => item.url !== undefined && !seen.has(item.url));
    for (const item of fresh) seen.add(item.url!);
    if (fresh.length > 0) yield fresh;
    if (page.length < pageSize || fresh.length === 0) return;
    const oldest = Math.min(...page.map((item) => item.lastVisitTime ?? Infinity));
    if (!Number.isFinite(oldest)) return;
    // +1 keeps items that share the oldest visit time but did not fit on this page.
    endTime = oldest + 1 < (endTime ?? Infinity) ? oldest + 1 : oldest;
  }
}
