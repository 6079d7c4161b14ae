/**
 * The protected sites as the background sees them: the directory's, plus the
 * sites the person added. Read when the worker starts and re-read whenever those
 * change; an exit waits only for the read (a few milliseconds). The content-script
 * registration is kept by the browser across restarts, so it is rebuilt only on a
 * change, a browser start or an update (utils/user-sites/background.ts), never on
 * an ordinary wake-up of the worker, which may be carrying an exit.
 */
import { alsoMatchingPagesOf, createSiteMatcher, protectedScopes, type ProtectedSites } from '../protected-sites';
import { rebuildUserSiteRegistration } from './registration';
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

export function liveProtectedSites(ownPagesOrigin: string) {
  const read = () => readProtectedSites(ownPagesOrigin);
  let current = read();
  const refresh = (): Promise<ProtectedSites> => {
    current = read();
    const registered = rebuildUserSiteRegistration().catch(() => undefined);
    return Promise.all([current, registered]).then(([sites]) => sites);
  };
  return {
    /** The latest sites; waits for a read under way. */
    current: () => current,
    /** After a change: re-read, and rebuild the registration. Resolves when both are done. */
    refresh,
  };
}
