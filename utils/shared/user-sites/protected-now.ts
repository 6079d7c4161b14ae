/**
 * Which sites are protected now: the directory's, plus the sites the person
 * added, plus the extension's own pages. The background keeps its copy live
 * (utils/background/user-sites/live-sites.ts); the settings page reads it when it
 * checks a destination.
 */
import { alsoMatchingPagesOf, createSiteMatcher, protectedScopes, type ProtectedSites } from '../protected-sites';
import { readUserSiteHosts } from './store';

export function withUserSites(hosts: readonly string[], ownPagesOrigin: string): ProtectedSites {
  const scopes = [...protectedScopes, ...hosts.map((host) => ({ host, path: '' }))];
  return { isProtected: alsoMatchingPagesOf(ownPagesOrigin, createSiteMatcher(scopes)), scopes };
}

/**
 * The one answer to "which sites are protected now?" for every caller: the
 * built-in catalogue, the sites the person added, and the extension's own pages.
 * Unreadable state must not stop an exit: the built-in sites are still protected.
 */
export function readProtectedSites(ownPagesOrigin: string): Promise<ProtectedSites> {
  return readUserSiteHosts()
    .catch((): string[] => [])
    .then((hosts) => withUserSites(hosts, ownPagesOrigin));
}
