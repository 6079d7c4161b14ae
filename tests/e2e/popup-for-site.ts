/**
 * The popup, opened in a tab by a site's tab so a test can read it: automation
 * cannot reach the toolbar's own popup window. The popup then speaks about the
 * tab that opened it.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';

export async function popupForSite(
  context: BrowserContext,
  sw: Worker,
  extensionId: string,
  siteUrl: string,
): Promise<Page> {
  const opened = context.waitForEvent('page', { predicate: (page) => page.url().endsWith('/popup.html') });
  await sw.evaluate(
    async ({ site, popup }) => {
      const [tab] = await chrome.tabs.query({ url: site });
      await chrome.tabs.create({ url: popup, openerTabId: tab!.id! });
    },
    { site: siteUrl, popup: `chrome-extension://${extensionId}/popup.html` },
  );
  return opened;
}
