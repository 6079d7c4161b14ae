import { browser } from 'wxt/browser';
import { inBatches } from './batches';
import { mentionsSupport } from './search-terms';
import type { Cleaner, HistoryScan, SiteMatcher } from './types';

/**
 * Result pages a visit to a protected site came from, found through each visit's
 * referrer (`history.getVisits`). Must run before the protected visits are deleted.
 */
async function searchesThatLedThere(scan: HistoryScan, candidates: readonly string[]): Promise<string[]> {
  if (candidates.length === 0 || scan.protectedUrls.length === 0) return [];
  const pageOfVisit = new Map<string, string>();
  await inBatches(candidates, 50, async (url) => {
    for (const visit of await browser.history.getVisits({ url })) pageOfVisit.set(visit.visitId, url);
  });
  const found = new Set<string>();
  await inBatches(scan.protectedUrls, 50, async (url) => {
    for (const visit of await browser.history.getVisits({ url })) {
      const from = pageOfVisit.get(visit.referringVisitId);
      if (from) found.add(from);
    }
  });
  return [...found];
}

function pointsToSupport({ page }: HistoryScan['searchPages'][number], isProtected: SiteMatcher): boolean {
  return mentionsSupport(page.query) || (page.target !== undefined && isProtected(page.target));
}

/** The searches that led to a support site, or that name one or its subject. */
export const searchesCleaner: Cleaner = {
  name: 'searches',
  needs: ['history'],
  async run({ history, isProtected }) {
    const scan = await history();
    const byQuery = scan.searchPages.filter((s) => pointsToSupport(s, isProtected)).map((s) => s.url);
    const named = new Set(byQuery);
    const others = scan.searchPages.map((s) => s.url).filter((url) => !named.has(url));
    const doomed = [...byQuery, ...(await searchesThatLedThere(scan, others))];
    await inBatches(doomed, 50, (url) => browser.history.deleteUrl({ url }));
    return doomed.length;
  },
};
