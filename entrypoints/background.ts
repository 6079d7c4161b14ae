/** Wiring only: triggers -> exit, messages -> handlers. The exit itself is utils/exit.ts. */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { cleanNow, exit, finishPendingClean } from '@/utils/exit';
import { onMessage, sendMessage } from '@/utils/messages';
import { readTriggers } from '@/utils/settings';
import { isOwnContentScript as isOwnContentScriptOf, isOwnPage as isOwnPageOf } from '@/utils/senders';
import { alsoMatchingPagesOf, isProtectedUrl, protectedScopes, type ProtectedSites } from '@/utils/protected-sites';

/** Covers the page in the given tab without waiting: used when the exit did not start in the page itself. */
function coverTab(tabId: number | undefined): void {
  if (tabId !== undefined) sendMessage('cover', undefined, { tabId, frameId: 0 }).catch(() => undefined);
}

const isOwnPage = (sender: Browser.runtime.MessageSender) =>
  isOwnPageOf(sender, browser.runtime.id, browser.runtime.getURL('/'));
const isOwnContentScript = (sender: Browser.runtime.MessageSender) =>
  isOwnContentScriptOf(sender, browser.runtime.id, browser.runtime.getURL('/'));

export default defineBackground(() => {
  const sites: ProtectedSites = {
    isProtected: alsoMatchingPagesOf(browser.runtime.getURL('/'), isProtectedUrl),
    scopes: protectedScopes,
  };

  onMessage('exit', ({ data, sender }) => {
    const fromContentScript = isOwnContentScript(sender);
    if (!fromContentScript && !isOwnPage(sender)) throw new Error('Unexpected sender');
    // A content script's tab is the sender's own; only the extension's pages may name a tab.
    const sourceTabId = fromContentScript ? sender.tab!.id : data.tabId;
    // The main frame covers itself before asking; from the popup or an iframe, cover it from here.
    if (!fromContentScript || sender.frameId !== 0) coverTab(sourceTabId);
    void exit({ sourceTabId }, sites);
    return { started: true } as const;
  });

  onMessage('openWebsite', async ({ data, sender }) => {
    if (!isOwnPage(sender) || !isProtectedUrl(data.url)) throw new Error('Not a directory website');
    await browser.tabs.create({ url: data.url, active: true });
  });

  onMessage('cleanNow', ({ sender }) => {
    if (!isOwnPage(sender)) throw new Error('Unexpected sender');
    return cleanNow(sites, sender.tab?.id);
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'quick-exit') return;
    const [triggers, [active]] = await Promise.all([
      readTriggers(),
      browser.tabs.query({ active: true, lastFocusedWindow: true }),
    ]);
    if (!triggers.shortcut) return;
    coverTab(active?.id);
    await exit({ sourceTabId: active?.id }, sites);
  });

  void finishPendingClean(sites);
});
