/**
 * The three-steps page, once after install. Remembered, because Chromium
 * reports "install" again at every start for an extension loaded from the
 * command line (seen in the browser tests), and a page about a safety tool
 * opening by itself at a later start could be seen by the wrong person.
 */
import { browser } from 'wxt/browser';
import { firstRunShownItem } from '@/utils/shared/settings';

export async function showFirstRunPageOnce(): Promise<void> {
  if (await firstRunShownItem.getValue().catch(() => false)) return;
  await firstRunShownItem.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL('/first-run.html') });
}
