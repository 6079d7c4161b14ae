/**
 * Is any tab still on a protected site? The automatic clean waits while one is:
 * deleting history under an open tab leaves the page in that tab's back list.
 */
import type { Browser } from 'wxt/browser';

type Matcher = (url: string | undefined) => boolean;

/**
 * The tabs, in every window, that show a protected site or are loading one.
 * Pinned and discarded tabs count like any other (a discarded tab keeps its
 * address and comes back when clicked). `closingTabId` is left out: Firefox may
 * still list a tab in `tabs.query` while its `onRemoved` runs.
 */
export function openProtectedTabs(
  tabs: readonly Browser.tabs.Tab[],
  isProtected: Matcher,
  closingTabId?: number,
): Browser.tabs.Tab[] {
  return tabs.filter((tab) => tab.id !== closingTabId && (isProtected(tab.url) || isProtected(tab.pendingUrl)));
}
