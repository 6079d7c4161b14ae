import { browser } from 'wxt/browser';
import { inBatches } from './batches';
import { mentionsSupport } from './search-terms';
import type { Cleaner, HistoryScan, SiteMatcher } from './types';

/**
 * Result pages a visit to a protected site came from, found through each visit's
 * referrer (`history.getVisits`); the referrers were read before the protected
 * visits went.
 */
async function searchesThatLedThere(referrers: ReadonlySet<string>, candidates: readonly string[]): Promise<string[]> {
  if (candidates.length === 0 || referrers.size === 0) return [];
  const found = new Set<string>();
  await inBatches(candidates, 50, async (url) => {
    const visits = await browser.history.getVisits({ url });
    if (visits.some((visit) => referrers.has(visit.visitId))) found.add(url);
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
  async run({ history, referrers, isProtected }) {
    const scan = await history();
    const byQuery = scan.searchPages.filter((s) => pointsToSupport(s, isProtected)).map((s) => s.url);
    const named = new Set(byQuery);
    const others = scan.searchPages.map((s) => s.url).filter((url) => !named.has(url));
    const doomed = [...byQuery, ...(await searchesThatLedThere(await referrers(), others))];
    await inBatches(doomed, 50, (url) => browser.history.deleteUrl({ url }));
    return doomed.length;
  },
};
