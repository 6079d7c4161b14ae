/**
 * The automatic clean itself: the exit's clean (utils/background/exit.ts), once no tab on
 * a protected site is open. In Firefox the tabs whose Back still leads to a
 * protected page are first replaced by fresh ones, since deleting history does
 * not touch back lists there.
 */
import { browser } from 'wxt/browser';
import { clean } from '../exit';
import type { ProtectedSites } from '@/utils/shared/protected-sites';
import { cleanDueItem, cleanPendingItem } from '@/utils/shared/settings';
import { replaceTabs, tabsWithProtectedBackList } from './back-lists';
import { openProtectedTabs } from './open-tabs';

/** Cleans unless a protected tab is open; resolves true when a clean ran and finished. */
export async function cleanIfNoProtectedTab(sites: ProtectedSites, closingTabId?: number): Promise<boolean> {
  const tabs = await browser.tabs.query({});
  if (openProtectedTabs(tabs, sites.isProtected, closingTabId).length > 0) return false;
  const backToProtected = await tabsWithProtectedBackList();
  const replaced = tabs.filter((tab) => tab.id !== closingTabId && backToProtected.has(tab.id!));
  await replaceTabs(replaced).catch(() => undefined);
  // The same "clean owed" mark as the exit's: a clean cut short is finished at the next start.
  await cleanPendingItem.setValue(true).catch(() => undefined);
  const report = await clean(sites);
  if (report.failed.length > 0) return false;
  // A support page opened while the clean ran is due its own clean later.
  const reopened = openProtectedTabs(await browser.tabs.query({}), sites.isProtected);
  if (reopened.length === 0) await cleanDueItem.removeValue().catch(() => undefined);
  return reopened.length === 0;
}
