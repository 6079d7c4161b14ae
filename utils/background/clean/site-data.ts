import { browser } from 'wxt/browser';
import { isFirefox } from '@/utils/shared/browser-kind';
import type { SiteScope } from '@/utils/shared/protected-sites';
import { hasBrowserApi } from './browser-apis';
import { keepsSiteData } from '@/utils/shared/shared-platforms';
import type { Cleaner } from './types';

/**
 * Hosts whose cookies, storage and cache may go. A path-scoped site shares its
 * host with unrelated pages (gov.uk, a link shortener), and Chromium clears
 * cookies for a whole registrable domain: those are left alone, and so is every
 * host on a large shared platform (someone.wordpress.com), whose cookies are the
 * person's own sign-in to the platform.
 */
export function siteDataHosts(scopes: readonly SiteScope[]): string[] {
  const shared = new Set(scopes.filter((s) => s.path !== '').map((s) => s.host));
  const whole = scopes.filter((s) => s.path === '' && !shared.has(s.host) && !keepsSiteData(s.host));
  return [...new Set(whole.map((s) => s.host))];
}

/** Cookies, local storage, IndexedDB, service workers and cache of the protected sites, and of no other. */
export const siteDataCleaner: Cleaner = {
  name: 'site-data',
  needs: ['browsingData'],
  async run({ scopes, history }) {
    const hosts = siteDataHosts(scopes);
    if (hosts.length === 0) return 0;
    const data = { cookies: true, localStorage: true, indexedDB: true, serviceWorkers: true };
    if (isFirefox()) {
      // Firefox filters by host name, and only for these kinds of data.
      await browser.browsingData.remove({ hostnames: hosts } as never, data);
    } else {
      const origins = hosts.flatMap((host) => [`https://${host}`, `http://${host}`]) as [string, ...string[]];
      await browser.browsingData.remove(
        { origins },
        { ...data, cacheStorage: true, cache: true, fileSystems: true, webSQL: true },
      );
    }
    // Reported as the number of those sites that appear in history, not the length of the list;
    // without a history API (Firefox for Android) there is nothing to count them by.
    if (!hasBrowserApi('history')) return 0;
    const visited = new Set((await history()).protectedUrls.map((url) => new URL(url).hostname));
    return hosts.filter((host) => visited.has(host)).length;
  },
};
