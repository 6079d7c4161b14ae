import { historyPages } from './history-pages';
import { parseSearchPage } from './search-pages';
import type { HistoryScan, ProtectedEntry, SiteMatcher } from './types';

/** One pass over all of history: the protected URLs (also in runs), and the search result pages. */
export async function scanHistory(isProtected: SiteMatcher): Promise<HistoryScan> {
  const scan: HistoryScan = { protectedUrls: [], protectedRuns: [], searchPages: [] };
  let run: ProtectedEntry[] = [];
  const endRun = () => {
    if (run.length > 0) scan.protectedRuns.push(run);
    run = [];
  };
  for await (const page of historyPages()) {
    for (const { url, lastVisitTime, visitCount } of page) {
      if (!url) continue;
      if (isProtected(url)) {
        run.push({ url, lastVisitTime: lastVisitTime ?? 0, visitCount: visitCount ?? 1 });
        continue;
      }
      endRun();
      const search = parseSearchPage(url);
      if (search) scan.searchPages.push({ url, page: search });
    }
  }
  endRun();
  scan.protectedUrls = scan.protectedRuns.flat().map((entry) => entry.url);
  return scan;
}
