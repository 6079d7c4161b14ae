/**
 * The background's side of the sites a person adds: the popup's "add" and the
 * settings' "remove", access given or taken back elsewhere, and the rebuild from
 * stored state after a browser start or an update.
 */
import { browser, type Browser } from 'wxt/browser';
import { onTrustedMessage } from '../trusted-messages';
import { isProtectedUrl } from '@/utils/shared/protected-sites';
import { canAddHost } from '@/utils/shared/shared-platforms';
import type { liveProtectedSites } from './live-sites';
import { hostsOfPatterns, originPattern } from '@/utils/shared/user-sites/origins';
import { forgetHosts, keepOnlyGranted, rememberHosts } from '@/utils/shared/user-sites/store';

type LiveSites = ReturnType<typeof liveProtectedSites>;

/**
 * Protects a site from now on, if the browser has granted access to it (the
 * person said yes in the browser's own dialog), it is not a directory site, and
 * it is not a large shared platform.
 */
export async function addGrantedSite(host: string, refresh: () => Promise<unknown>): Promise<boolean> {
  if (!canAddHost(host)) return false;
  const granted = await browser.permissions.contains({ origins: [originPattern(host)] });
  if (!granted || isProtectedUrl(`https://${host}/`)) return false;
  await rememberHosts([host]);
  await refresh();
  return true;
}

/** Stops protecting a site the person added, and gives its access back. */
export async function removeSite(host: string, refresh: () => Promise<unknown>): Promise<void> {
  await forgetHosts([host]);
  await browser.permissions.remove({ origins: [originPattern(host)] });
  await refresh();
}

/** Sets up the listeners; returns what removes them again (the background never does; tests do). */
export function initUserSites(sites: LiveSites): () => void {
  const stopAdd = onTrustedMessage('addSite', async ({ data }) => ({
    added: await addGrantedSite(data.host, sites.refresh),
  }));
  const stopRemove = onTrustedMessage('removeSite', async ({ data }) => {
    await removeSite(data.host, sites.refresh);
  });

  // Access given or taken back elsewhere (the popup closed mid-way, the browser's own site-access settings).
  const onAdded = ({ origins }: Browser.permissions.Permissions) => {
    const hosts = hostsOfPatterns(origins).filter(canAddHost);
    if (hosts.length > 0) void rememberHosts(hosts).then(sites.refresh);
  };
  const onRemoved = ({ origins }: Browser.permissions.Permissions) => {
    const hosts = hostsOfPatterns(origins);
    if (hosts.length > 0) void forgetHosts(hosts).then(sites.refresh);
  };
  browser.permissions.onAdded.addListener(onAdded);
  browser.permissions.onRemoved.addListener(onRemoved);

  // After a browser start or an update, the registration is rebuilt from what is stored.
  const rebuildFromStoredState = () => void keepOnlyGranted().then(sites.refresh, sites.refresh);
  browser.runtime.onStartup.addListener(rebuildFromStoredState);
  browser.runtime.onInstalled.addListener(rebuildFromStoredState);

  return () => {
    stopAdd();
    stopRemove();
    browser.permissions.onAdded.removeListener(onAdded);
    browser.permissions.onRemoved.removeListener(onRemoved);
    browser.runtime.onStartup.removeListener(rebuildFromStoredState);
    browser.runtime.onInstalled.removeListener(rebuildFromStoredState);
  };
}
