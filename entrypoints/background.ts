/**
 * Wiring only: triggers -> exit, messages -> handlers. The exit itself is
 * utils/background/exit.ts; each other feature has an init of its own.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { cleanNow, exit, type ExitRequest } from '@/utils/background/exit';
import { createKeepAwake } from '@/utils/background/keep-awake';
import { liveSettings } from '@/utils/background/live-settings';
import { showFirstRunPageOnce } from '@/utils/background/first-run';
import { sendMessage } from '@/utils/shared/messages';
import { initDiscreetMode } from '@/utils/background/discreet-mode';
import { onTrustedMessage } from '@/utils/background/trusted-messages';
import { isProtectedUrl } from '@/utils/shared/protected-sites';
import { liveProtectedSites } from '@/utils/background/user-sites/live-sites';
import { initUserSites } from '@/utils/background/user-sites/handlers';
import { initAutoClean } from '@/utils/background/auto-clean';
import { initSupportSiteHint } from '@/utils/background/support-site-hint';

/** Covers the page in the given tab without waiting: used when the exit did not start in the page itself. */
function coverTab(tabId: number | undefined): void {
  if (tabId !== undefined) sendMessage('cover', undefined, { tabId, frameId: 0 }).catch(() => undefined);
}

export default defineBackground(() => {
  const sites = liveProtectedSites(browser.runtime.getURL('/'));
  const settings = liveSettings();
  const destination = (isProtected: (url: string) => boolean) => settings.destination(isProtected);
  const keepAwake = createKeepAwake(async () => {
    const [current, tabs] = await Promise.all([sites.current(), browser.tabs.query({})]);
    return tabs.some((tab) => current.isProtected(tab.url));
  });

  onTrustedMessage('exit', ({ data, sender }, from) => {
    const fromContentScript = from === 'content-script';
    // A content script's tab is the sender's own; only the extension's pages may name a tab.
    const request: ExitRequest = fromContentScript
      ? { sourceTabId: sender.tab!.id, sourceWindowId: sender.tab!.windowId, sourceIndex: sender.tab!.index }
      : { sourceTabId: data.tabId };
    // The main frame covers itself before asking; from the popup or an iframe, cover it from here.
    if (!fromContentScript || sender.frameId !== 0) coverTab(request.sourceTabId);
    void sites.current().then((current) => exit(request, current, destination));
    return { started: true } as const;
  });

  onTrustedMessage('hello', () => keepAwake.start());

  onTrustedMessage('openWebsite', async ({ data }) => {
    if (!isProtectedUrl(data.url)) throw new Error('Not a directory website');
    await browser.tabs.create({ url: data.url, active: true });
  });

  onTrustedMessage('cleanNow', ({ sender }) => {
    return sites.current().then((current) => cleanNow(current, sender.tab?.id, destination));
  });

  initUserSites(sites);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void showFirstRunPageOnce();
  });
  initDiscreetMode();
  initSupportSiteHint();
  initAutoClean(sites);

  // Firefox for Android has no commands (nor history, sessions or downloads): everything else still starts.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'quick-exit') return;
    const [triggers, [active]] = await Promise.all([
      settings.triggers(),
      browser.tabs.query({ active: true, lastFocusedWindow: true }),
    ]);
    if (!triggers.shortcut) return;
    coverTab(active?.id);
    const request = { sourceTabId: active?.id, sourceWindowId: active?.windowId, sourceIndex: active?.index };
    await exit(request, await sites.current(), destination);
  });
  // A browser that starts with support pages open (restored, or the worker restarted) is ready at once.
  keepAwake.start();
});
