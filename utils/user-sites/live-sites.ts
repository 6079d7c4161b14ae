/**
 * The protected sites as the background sees them: the directory's, plus the
 * sites the person added. Re-read whenever those change; an exit waits only for
 * the read (a few milliseconds), never for the content-script registration.
 */
import { alsoMatchingPagesOf, createSiteMatcher, protectedScopes, type ProtectedSites } from '../protected-sites';
import { rebuildUserSiteRegistration } from './registration';
import { readUserSiteHosts } from './store';

export function withUserSites(hosts: readonly string[], ownPagesOrigin: string): ProtectedSites {
  const scopes = [...protectedScopes, ...hosts.map((host) => ({ host, path: '' }))];
  return { isProtected: alsoMatchingPagesOf(ownPagesOrigin, createSiteMatcher(scopes)), scopes };
}

export function liveProtectedSites(ownPagesOrigin: string) {
  let current: Promise<ProtectedSites>;
  const refresh = (): Promise<ProtectedSites> => {
    // Unreadable state must not stop an exit: the built-in sites are still protected.
    current = readUserSiteHosts()
      .catch(() => [])
      .then((hosts) => withUserSites(hosts, ownPagesOrigin));
    const registered = rebuildUserSiteRegistration().catch(() => undefined);
    return Promise.all([current, registered]).then(([sites]) => sites);
  };
  void refresh();
  return {
    /** The latest sites; waits for a read under way. */
    current: () => current,
    /** After a change: re-read, and rebuild the registration. Resolves when both are done. */
    refresh,
  };
}
