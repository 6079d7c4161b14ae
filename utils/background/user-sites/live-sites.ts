/**
 * The protected sites as the background sees them: the directory's, plus the
 * sites the person added. Read when the worker starts and re-read whenever those
 * change; an exit waits only for the read (a few milliseconds). The content-script
 * registration is kept by the browser across restarts, so it is rebuilt only on a
 * change, a browser start or an update (utils/background/user-sites/handlers.ts), never on
 * an ordinary wake-up of the worker, which may be carrying an exit.
 */
import type { ProtectedSites } from '@/utils/shared/protected-sites';
import { readProtectedSites } from '@/utils/shared/user-sites/protected-now';
import { rebuildUserSiteRegistration } from './registration';

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
