/**
 * Where the exit button's script runs, written into the manifest by
 * wxt.config.ts: every protected page as sites serve it, except the browsers'
 * own stores, where no extension's script runs. Build time only: it reads the
 * catalogue's sources, which the extension itself never carries.
 *
 * A whole site runs on "www." and the bare host alike. A page on a shared domain
 * runs on the host its scope names, and on the other of the two as well when the
 * scope names a bare host (a site that serves "www." redirects the bare host
 * there, and sources often link it bare) or when a source of its entry was read
 * on the other host. Every page on both hosts would nearly double the list, and
 * the browser reads the whole list for each page it loads: 5,920 patterns per
 * script cost every unrelated page about 10 ms, 3,505 nothing measurable
 * (docs/benchmarks.md). The exit and the clean match both hosts of every scope.
 */
import { supportSites } from '../data/support-sites';
import { SCRIPTLESS_HOSTS } from '../data/support-sites/quick-exit-own';
import type { SupportSite } from '../data/support-sites/types';
import { parseScope, toMatchPatterns, withWwwTwin, type SiteScope } from '../utils/shared/protected-sites';

function hostsReadAt(site: SupportSite): Set<string> {
  return new Set(
    site.sources.flatMap((source) => {
      try {
        return [new URL(source).hostname.toLowerCase()];
      } catch {
        return [];
      }
    }),
  );
}

/** The scopes of one entry on every host its pages are served from. */
export function servedScopes(site: SupportSite): SiteScope[] {
  const readAt = hostsReadAt(site);
  return site.scopes.map(parseScope).flatMap((scope) => {
    const [, twin] = withWwwTwin(scope);
    const onBoth = scope.path === '' || !scope.host.startsWith('www.') || readAt.has(twin.host);
    return onBoth ? [scope, twin] : [scope];
  });
}

const runsScripts = (scope: SiteScope) => !SCRIPTLESS_HOSTS.includes(scope.host.replace(/^www\./, ''));

export const contentScriptMatches: readonly string[] = toMatchPatterns(
  supportSites.flatMap(servedScopes).filter(runsScripts),
);
