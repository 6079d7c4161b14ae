/**
 * The one answer to "is this URL a protected site?", used by the content-script
 * matches, the exit and the clean. Derived from the catalogue of support sites
 * (data/support-sites/), which the helpline directory's sites are part of.
 *
 * A scope is an exact host, optionally limited to a path ("www.gov.uk/guidance/
 * forced-marriage" protects that guidance and its sub-pages, never the rest of
 * gov.uk). Matching parses the URL; it never compares text.
 */
import { catalogueScopes as catalogueScopeList } from '../../data/support-sites/scopes';
import { parseWebPageUrl } from './web-url';

export interface SiteScope {
  host: string;
  /** Path prefix on a segment boundary, without a trailing slash; '' for the whole host. */
  path: string;
}

export function parseScope(scope: string): SiteScope {
  const slash = scope.indexOf('/');
  const host = (slash === -1 ? scope : scope.slice(0, slash)).toLowerCase();
  const path = slash === -1 ? '' : scope.slice(slash).replace(/\/+$/, '');
  return { host, path };
}

/** "www.example.org" and "example.org" are one site to a person: a scope covers both. */
export function withWwwTwin(scope: SiteScope): SiteScope[] {
  const twin = scope.host.startsWith('www.') ? scope.host.slice(4) : `www.${scope.host}`;
  return [scope, { host: twin, path: scope.path }];
}

function uniqueScopes(scopes: readonly SiteScope[]): SiteScope[] {
  const seen = new Map(scopes.map((scope) => [`${scope.host}${scope.path}`, scope]));
  return [...seen.values()];
}

const catalogueScopes = catalogueScopeList.map(parseScope);

export const protectedScopes: readonly SiteScope[] = uniqueScopes(catalogueScopes.flatMap(withWwwTwin));

/** Scopes by host, for a lookup that costs one map access per URL. */
function indexByHost(scopes: readonly SiteScope[]): Map<string, SiteScope[]> {
  const byHost = new Map<string, SiteScope[]>();
  for (const scope of scopes) {
    const list = byHost.get(scope.host) ?? [];
    list.push(scope);
    byHost.set(scope.host, list);
  }
  return byHost;
}

function pathInScope(pathname: string, scopePath: string): boolean {
  return scopePath === '' || pathname === scopePath || pathname.startsWith(scopePath + '/');
}

/** Builds a matcher for a set of scopes (the built-in list, later plus the user's own). */
export function createSiteMatcher(scopes: readonly SiteScope[]): (url: string | undefined) => boolean {
  const byHost = indexByHost(scopes);
  return (url) => {
    const parsed = parseWebPageUrl(url);
    if (!parsed) return false;
    const candidates = byHost.get(parsed.hostname);
    return !!candidates?.some((scope) => pathInScope(parsed.pathname, scope.path));
  };
}

export const isProtectedUrl = createSiteMatcher(protectedScopes);

/**
 * Manifest match patterns for the content script. A path scope needs three
 * patterns, so that "/live-fear-free" does not also match "/live-fear-freedom".
 */
export function toMatchPatterns(scopes: readonly SiteScope[]): string[] {
  const patterns = scopes.flatMap(({ host, path }) =>
    path === '' ? [`*://${host}/*`] : [`*://${host}${path}`, `*://${host}${path}/*`, `*://${host}${path}?*`],
  );
  return [...new Set(patterns)];
}

/**
 * The extension's own pages (guide, settings, a popup opened as a tab) point to a
 * safety tool just as a support site does: the exit closes and cleans them too.
 */
export function alsoMatchingPagesOf(origin: string, matcher: (url: string | undefined) => boolean) {
  return (url: string | undefined) => matcher(url) || (!!url && url.startsWith(origin));
}

/** What the exit and the clean need to know about the protected sites. */
export interface ProtectedSites {
  isProtected: (url: string | undefined) => boolean;
  /** As host/path scopes, for APIs that work by origin. */
  scopes: readonly SiteScope[];
}
