/** Wiring only: triggers -> exit, messages -> handlers. The exit itself is utils/exit.ts. */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { cleanNow, exit, finishPendingClean } from '@/utils/exit';
import { showFirstRunPageOnce } from '@/utils/first-run';
import { onMessage, sendMessage } from '@/utils/messages';
import { applyDiscreetMode } from '@/utils/discreet-mode';
import { discreetModeItem, readDiscreetMode, readTriggers } from '@/utils/settings';
import { isOwnContentScript as isOwnContentScriptOf, isOwnPage as isOwnPageOf } from '@/utils/senders';
import { isProtectedUrl } from '@/utils/protected-sites';
import { liveProtectedSites } from '@/utils/user-sites/live-sites';
import { hostOfPattern, originPattern } from '@/utils/user-sites/origins';
import { forgetHosts, keepOnlyGranted, rememberHosts } from '@/utils/user-sites/store';

/** Covers the page in the given tab without waiting: used when the exit did not start in the page itself. */
function coverTab(tabId: number | undefined): void {
  if (tabId !== undefined) sendMessage('cover', undefined, { tabId, frameId: 0 }).catch(() => undefined);
}

const isOwnPage = (sender: Browser.runtime.MessageSender) =>
  isOwnPageOf(sender, browser.runtime.id, browser.runtime.getURL('/'));
const isOwnContentScript = (sender: Browser.runtime.MessageSender) =>
  isOwnContentScriptOf(sender, browser.runtime.id, browser.runtime.getURL('/'));

export default defineBackground(() => {
  const sites = liveProtectedSites(browser.runtime.getURL('/'));

  onMessage('exit', ({ data, sender }) => {
    const fromContentScript = isOwnContentScript(sender);
    if (!fromContentScript && !isOwnPage(sender)) throw new Error('Unexpected sender');
    // A content script's tab is the sender's own; only the extension's pages may name a tab.
    const sourceTabId = fromContentScript ? sender.tab!.id : data.tabId;
    // The main frame covers itself before asking; from the popup or an iframe, cover it from here.
    if (!fromContentScript || sender.frameId !== 0) coverTab(sourceTabId);
    void sites.current().then((current) => exit({ sourceTabId }, current));
    return { started: true } as const;
  });

  onMessage('openWebsite', async ({ data, sender }) => {
    if (!isOwnPage(sender) || !isProtectedUrl(data.url)) throw new Error('Not a directory website');
    await browser.tabs.create({ url: data.url, active: true });
  });

  onMessage('cleanNow', ({ sender }) => {
    if (!isOwnPage(sender)) throw new Error('Unexpected sender');
    return sites.current().then((current) => cleanNow(current, sender.tab?.id));
  });

  onMessage('addSite', async ({ data, sender }) => {
    if (!isOwnPage(sender)) throw new Error('Unexpected sender');
    // Only a site the browser has actually granted: the person said yes in its own dialog.
    const granted = await browser.permissions.contains({ origins: [originPattern(data.host)] });
    if (!granted || isProtectedUrl(`https://${data.host}/`)) return { added: false };
    await rememberHosts([data.host]);
    await sites.refresh();
    return { added: true };
  });

  onMessage('removeSite', async ({ data, sender }) => {
    if (!isOwnPage(sender)) throw new Error('Unexpected sender');
    await forgetHosts([data.host]);
    await browser.permissions.remove({ origins: [originPattern(data.host)] });
    await sites.refresh();
  });

  // Access given or taken back elsewhere (the popup closed mid-way, the browser's own site-access settings).
  const hostsOf = (origins: string[] = []) => origins.map(hostOfPattern).filter((h): h is string => !!h);
  browser.permissions.onAdded.addListener(({ origins }) => {
    const hosts = hostsOf(origins);
    if (hosts.length > 0) void rememberHosts(hosts).then(sites.refresh);
  });
  browser.permissions.onRemoved.addListener(({ origins }) => {
    const hosts = hostsOf(origins);
    if (hosts.length > 0) void forgetHosts(hosts).then(sites.refresh);
  });
  // After a browser start or an update, the registration is rebuilt from what is stored.
  const rebuildFromStoredState = () => void keepOnlyGranted().then(sites.refresh, sites.refresh);
  browser.runtime.onStartup.addListener(rebuildFromStoredState);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    rebuildFromStoredState();
    if (reason === 'install') void showFirstRunPageOnce();
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'quick-exit') return;
    const [triggers, [active]] = await Promise.all([
      readTriggers(),
      browser.tabs.query({ active: true, lastFocusedWindow: true }),
    ]);
    if (!triggers.shortcut) return;
    coverTab(active?.id);
    await exit({ sourceTabId: active?.id }, await sites.current());
  });

  void sites.current().then(finishPendingClean);

  // The toolbar look is not kept across browser restarts: set it at every start and on every change.
  void readDiscreetMode().then(applyDiscreetMode);
  discreetModeItem.watch((on) => void applyDiscreetMode(on === true));
});
