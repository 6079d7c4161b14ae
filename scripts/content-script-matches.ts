/**
 * Where the exit button's script runs, written into the manifest by
 * wxt.config.ts: every protected page as sites serve it, except the browsers'
 * own stores, where no extension's script runs. Build time only: it reads the
 * catalogue's sources, which the extension itself never carries.
 *
 * Firefox gets plain match patterns. A whole site runs on "www." and the bare
 * host alike. A page on a shared domain runs on the host its scope names, and on
 * the other of the two as well when the scope names a bare host (a site that
 * serves "www." redirects the bare host there, and sources often link it bare)
 * or when a source of its entry was read on the other host. Every page on both
 * hosts would nearly double the list, which the browser reads for each page it
 * loads. Chromium gets patterns by site and globs by page (below). The exit and
 * the clean match both hosts of every scope.
 */
import { getPublicSuffix } from 'tldts';
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

/** Browsers run no extension's script on their own stores. */
export const runsScripts = (scope: SiteScope) => !SCRIPTLESS_HOSTS.includes(scope.host.replace(/^www\./, ''));

export const contentScriptMatches: readonly string[] = toMatchPatterns(
  supportSites.flatMap(servedScopes).filter(runsScripts),
);

/** What one content-script entry of the Chromium manifest reaches: a page must match a pattern and a glob. */
export interface ChromiumTargets {
  matches: string[];
  include_globs: string[];
}

const bare = (host: string) => host.replace(/^www\./, '');

/** Chromium's globs take "*" and "?" as wildcards and a backslash before either as the character itself. */
const literal = (text: string) => text.replace(/[\\*?]/g, (c) => `\\${c}`);

/**
 * One pattern for a site and every host under it. Never on a public suffix
 * (gov.uk, nhs.uk, police.uk), where "*." would read as every site under it.
 */
function hostPatterns(host: string): string[] {
  const site = bare(host);
  return getPublicSuffix(site) === site ? [`*://${site}/*`, `*://www.${site}/*`] : [`*://*.${site}/*`];
}

/** A page scope's own page, with a query or a fragment, and every page below it. */
function pageGlobs({ host, path }: SiteScope): string[] {
  const page = `*://${literal(host)}${literal(path)}`;
  return [page, `${page}/*`, `${page}\\?*`, `${page}#*`];
}

/**
 * Chromium's manifest, two entries per script. The time Chromium takes to load
 * an extension grows with the square of its match patterns (measured in
 * bench/extension-load.bench.ts: with every page as its own pattern, 8,800 in
 * all, 11.3 s from launch to a running service worker on this machine, against
 * 0.4 s with 2; an unpacked extension pays it at every launch, a new install at
 * least once). So the patterns name sites, one per site, and the globs, which
 * cost nothing at load, name the exact hosts and pages. Every scope gets both
 * hosts, "www." and bare: Chromium reads globs only after a pattern matched, so
 * they cost other sites' pages nothing.
 */
function chromiumTargets(): { wholeSites: ChromiumTargets; pages: ChromiumTargets } {
  const scopes = supportSites
    .flatMap((site) => site.scopes.map(parseScope))
    .flatMap(withWwwTwin)
    .filter(runsScripts);
  const whole = scopes.filter((scope) => scope.path === '');
  const wholeHosts = new Set(whole.map((scope) => scope.host));
  const pages = scopes.filter((scope) => scope.path !== '' && !wholeHosts.has(scope.host));
  const unique = (list: string[]) => [...new Set(list)];
  return {
    wholeSites: {
      matches: unique(whole.flatMap((scope) => hostPatterns(scope.host))),
      include_globs: unique(whole.map((scope) => `*://${literal(scope.host)}/*`)),
    },
    pages: {
      matches: unique(pages.flatMap((scope) => hostPatterns(scope.host))),
      include_globs: unique(pages.flatMap(pageGlobs)),
    },
  };
}

export const chromiumContentScriptTargets = chromiumTargets();
