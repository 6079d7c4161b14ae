/**
 * The manifest's list of pages for the exit button: every scope on the host it
 * names; whole sites and bare-host pages on both "www." and bare; a page on the
 * other host too when its entry's source was read there; nothing else.
 */
import { describe, expect, it } from 'vitest';
import { supportSites } from '@/data/support-sites';
import type { SupportSite } from '@/data/support-sites/types';
import { getPublicSuffix } from 'tldts';
import {
  chromiumContentScriptTargets,
  contentScriptMatches,
  runsScripts,
  servedScopes,
} from '@/scripts/content-script-matches';
import { parseScope, withWwwTwin } from '@/utils/shared/protected-sites';

const patterns = new Set(contentScriptMatches);
const buttonOn = (host: string, path: string) => patterns.has(path === '' ? `*://${host}/*` : `*://${host}${path}/*`);

const site = (scopes: string[], sources: string[]): SupportSite => ({
  id: 'example',
  organisation: 'Example',
  kind: 'shared-domain',
  country: 'GB',
  area: 'UK',
  scopes,
  sources,
  checked: '2026-11-30',
});

describe('where the exit button runs', () => {
  it('on a whole site, both hosts; on a page, the host named, and "www." too when that host is bare', () => {
    const hosts = (scopes: string[]) =>
      servedScopes(site(scopes, ['https://www.example.org/about'])).map((s) => `${s.host}${s.path}`);
    expect(hosts(['help.example'])).toEqual(['help.example', 'www.help.example']);
    expect(hosts(['www.council.example/domestic-abuse'])).toEqual(['www.council.example/domestic-abuse']);
    expect(hosts(['council.example/domestic-abuse'])).toEqual([
      'council.example/domestic-abuse',
      'www.council.example/domestic-abuse',
    ]);
  });

  it('on the other host too when a source of the entry was read there', () => {
    const scopes = servedScopes(
      site(['www.charity.example/domestic-abuse'], ['https://charity.example/domestic-abuse/help']),
    );
    expect(scopes.map((s) => s.host)).toEqual(['www.charity.example', 'charity.example']);
  });

  it('covers every scope of the catalogue so, and only the catalogue', () => {
    let twinsFromSources = 0;
    for (const entry of supportSites) {
      const readAt = new Set(entry.sources.map((source) => URL.parse(source)?.hostname));
      for (const scope of entry.scopes.map(parseScope)) {
        if (!runsScripts(scope)) continue;
        const [, twin] = withWwwTwin(scope);
        expect(buttonOn(scope.host, scope.path), `${scope.host}${scope.path}`).toBe(true);
        const onBoth = scope.path === '' || !scope.host.startsWith('www.') || readAt.has(twin.host);
        if (onBoth) expect(buttonOn(twin.host, twin.path), `${twin.host}${twin.path}`).toBe(true);
        if (scope.path !== '' && scope.host.startsWith('www.') && readAt.has(twin.host)) twinsFromSources++;
      }
    }
    // The rule has cases to act on: pages whose sources were read on the bare host.
    expect(twinsFromSources).toBeGreaterThan(20);
    const hosts = new Set(supportSites.flatMap((entry) => servedScopes(entry)).map((s) => s.host));
    for (const pattern of contentScriptMatches) expect(hosts.has(pattern.split('/')[2]!), pattern).toBe(true);
  });

  it('in Chromium: every scope on both hosts by glob, under one pattern per site, never "*." on a public suffix', () => {
    const { wholeSites, pages } = chromiumContentScriptTargets;
    const patterns = new Set([...wholeSites.matches, ...pages.matches]);
    const wholeGlobs = new Set(wholeSites.include_globs);
    const pageGlobs = new Set(pages.include_globs);
    const reached = (host: string) => {
      const site = host.replace(/^www\./, '');
      return patterns.has(`*://*.${site}/*`) || patterns.has(`*://${host}/*`);
    };
    let checked = 0;
    for (const scope of supportSites.flatMap((entry) => entry.scopes.map(parseScope)).flatMap(withWwwTwin)) {
      if (!runsScripts(scope)) continue;
      expect(reached(scope.host), scope.host).toBe(true);
      if (scope.path === '') expect(wholeGlobs.has(`*://${scope.host}/*`), scope.host).toBe(true);
      else {
        const page = `*://${scope.host}${scope.path}`;
        const globs = [page, `${page}/*`, `${page}\\?*`, `${page}#*`];
        const coveredWhole = wholeGlobs.has(`*://${scope.host}/*`);
        for (const glob of globs) expect(coveredWhole || pageGlobs.has(glob), glob).toBe(true);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
    // One pattern per site: far fewer than the globs (Chromium's load time grows with the square of the patterns).
    expect(patterns.size).toBeLessThan(wholeGlobs.size + pageGlobs.size / 4);
    for (const pattern of patterns) {
      const wildcardOn = /^\*:\/\/\*\.([^/]+)\//.exec(pattern)?.[1];
      if (wildcardOn) expect(getPublicSuffix(wildcardOn), pattern).not.toBe(wildcardOn);
    }
    expect(patterns.has('*://www.gov.uk/*')).toBe(true);
    expect(patterns.has('*://*.gov.uk/*')).toBe(false);
  });
});
