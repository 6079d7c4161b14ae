import { historyPages } from './history-pages';
import { parseSearchPage } from './search-pages';
import type { HistoryScan, SiteMatcher } from './types';

/** One pass over all of history: the protected URLs, and the search result pages. */
export async function scanHistory(isProtected: SiteMatcher): Promise<HistoryScan> {
  const scan: HistoryScan = { protectedUrls: [], searchPages: [] };
  for await (const page of historyPages()) {
    for (const { url } of page) {
      if (!url) continue;
      if (isProtected(url)) {
        scan.protectedUrls.push(url);
        continue;
      }
      const search = parseSearchPage(url);
      if (search) scan.searchPages.push({ url, page: search });
    }
  }
  return scan;
}
