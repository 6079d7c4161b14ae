import { browser } from 'wxt/browser';
import { inBatches } from './batches';

/** The ids of the visits that the visits to `urls` came from (their `referringVisitId`). */
export async function referringVisits(urls: readonly string[]): Promise<Set<string>> {
  const referrers = new Set<string>();
  await inBatches(urls, 50, async (url) => {
    for (const visit of await browser.history.getVisits({ url })) referrers.add(visit.referringVisitId);
  });
  return referrers;
}
