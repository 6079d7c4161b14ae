/**
 * What is owed when the worker or the browser starts: a clean cut short (the
 * exit's `cleanPending` mark), or, with the automatic clean on, a clean due
 * because the browser closed with a support tab open (`cleanDue`).
 */
import { closeProtectedTabs } from '../exit';
import type { ProtectedSites } from '@/utils/shared/protected-sites';
import { cleanPendingItem, readAutoClean } from '@/utils/shared/settings';
import { restoreSettled } from './restore-settled';
import { cleanIfNoProtectedTab } from './run-clean';

async function cleanOwed(due: boolean): Promise<boolean> {
  const pending = (await cleanPendingItem.getValue().catch(() => false)) === true;
  return pending || (due && (await readAutoClean()).afterLastTab);
}

/**
 * Any start of the worker: finish what is owed once the browser has settled,
 * unless a protected tab is open (then its closing brings the clean).
 */
export async function cleanOwedAtWorkerStart(sites: ProtectedSites, due: boolean): Promise<boolean> {
  if (!(await cleanOwed(due))) return false;
  await restoreSettled();
  return cleanIfNoProtectedTab(sites);
}

/**
 * A browser start, at once: the browser may have restored the support tabs that
 * were open when it closed. They are closed straight away (the destination opens
 * in a window that would be left empty), so nobody sees a support site open by
 * itself. Resolves false when nothing is owed.
 */
export async function closeRestoredTabs(sites: ProtectedSites, due: boolean): Promise<boolean> {
  if (!(await cleanOwed(due))) return false;
  await closeProtectedTabs(sites.isProtected, { inEveryWindow: true }).catch(() => undefined);
  return true;
}

/**
 * A browser start, once the restore has settled: close any support tab restored
 * meanwhile, then clean, so the clean reaches their history and "Recently closed"
 * entries and does not cut the restore short.
 */
export async function cleanOwedAfterBrowserStart(sites: ProtectedSites, due: boolean): Promise<boolean> {
  if (!(await cleanOwed(due))) return false;
  await restoreSettled();
  await closeProtectedTabs(sites.isProtected, { inEveryWindow: true }).catch(() => undefined);
  return cleanIfNoProtectedTab(sites);
}
