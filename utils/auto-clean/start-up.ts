/**
 * What is owed when the worker or the browser starts: a clean cut short (the
 * exit's `cleanPending` mark), or, with the automatic clean on, a clean due
 * because the browser closed with a support tab open (`cleanDue`).
 */
import { closeProtectedTabs } from '../exit';
import type { ProtectedSites } from '../protected-sites';
import { cleanPendingItem, readAutoClean } from '../settings';
import { cleanIfNoProtectedTab } from './run-clean';

async function cleanOwed(due: boolean): Promise<boolean> {
  const pending = (await cleanPendingItem.getValue().catch(() => false)) === true;
  return pending || (due && (await readAutoClean()).afterLastTab);
}

/**
 * Any start of the worker: finish what is owed, unless a protected tab is open
 * (then its closing brings the clean).
 */
export async function cleanOwedAtWorkerStart(sites: ProtectedSites, due: boolean): Promise<boolean> {
  return (await cleanOwed(due)) && cleanIfNoProtectedTab(sites);
}

/**
 * A browser start: the browser may have restored the support tabs that were
 * open when it closed. Close them first (the destination opens in a window that
 * would be left empty), so nobody sees a support site open by itself, and the
 * clean can reach their back lists and "Recently closed" entries.
 */
export async function cleanOwedAfterBrowserStart(sites: ProtectedSites, due: boolean): Promise<boolean> {
  if (!(await cleanOwed(due))) return false;
  await closeProtectedTabs(sites.isProtected).catch(() => undefined);
  return cleanIfNoProtectedTab(sites);
}
