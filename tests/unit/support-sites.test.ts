import { describe, expect, it } from 'vitest';
import { supportSites } from '@/data/support-sites';
import { GENERAL_PURPOSE_DOMAINS, isGeneralPurposeHost } from '@/data/support-sites/general-purpose';
import { isProtectedUrl, parseScope, toMatchPatterns, withWwwTwin } from '@/utils/shared/protected-sites';

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const bare = (host: string) => host.replace(/^www\./, '');

describe('the catalogue of support sites', () => {
  it('gives every entry a unique id, an organisation, its sources and the date they were checked', () => {
    const ids = new Set<string>();
    for (const site of supportSites) {
      expect(site.id, site.organisation).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(ids.has(site.id), `duplicate id ${site.id}`).toBe(false);
      ids.add(site.id);
      expect(site.organisation.trim(), site.id).not.toBe('');
      expect(site.area.trim(), site.id).not.toBe('');
      expect(site.sources.length, `${site.id} has no source`).toBeGreaterThan(0);
      for (const source of site.sources) expect(() => new URL(source), `${site.id}: ${source}`).not.toThrow();
      for (const source of site.sources) expect(new URL(source).protocol, source).toMatch(/^https?:$/);
      expect(site.checked, site.id).toMatch(DATE);
      expect(Date.parse(site.checked), site.id).toBeLessThanOrEqual(Date.now());
    }
  });

  it('writes every scope as a valid lower-case host with an optional path, no scheme, wildcard or query', () => {
    for (const site of supportSites) {
      expect(site.scopes.length, site.id).toBeGreaterThan(0);
      for (const scope of site.scopes) {
        const { host, path } = parseScope(scope);
        expect(scope.split('/')[0], `${site.id}: ${scope}`).toBe(host);
        expect(host, `${site.id}: ${scope}`).toMatch(HOST);
        expect(path, `${site.id}: ${scope}`).not.toMatch(/[?#*\s]/);
        expect(scope, `${site.id}: ${scope}`).not.toMatch(/\/$/);
      }
    }
  });

  it('has no duplicate or overlapping scopes ("www." and the bare host are one site)', () => {
    const all = supportSites.flatMap((site) =>
      site.scopes.map((scope) => ({ site: site.id, scope, ...parseScope(scope), host: bare(parseScope(scope).host) })),
    );
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1)) {
        if (a.host !== b.host) continue;
        const covers = (outer: string, inner: string) =>
          outer === '' || inner === outer || inner.startsWith(outer + '/');
        expect(
          covers(a.path, b.path) || covers(b.path, a.path),
          `${a.site} "${a.scope}" overlaps ${b.site} "${b.scope}"`,
        ).toBe(false);
      }
    }
  });

  it('never protects a whole general-purpose site', () => {
    // Government, NHS, police, councils, advice charities, regulators and news
    // sites are about far more than abuse: removing someone's visits to their tax,
    // repairs or news pages would be noticed, and the exit button would show on
    // pages that have nothing to do with abuse. Protect their abuse pages by path.
    for (const site of supportSites) {
      for (const scope of site.scopes) {
        const { host, path } = parseScope(scope);
        if (isGeneralPurposeHost(host)) {
          expect(path, `${site.id}: "${scope}" is a whole general-purpose site; give it a path`).not.toBe('');
        }
      }
    }
  });

  it('path-scopes every page on a shared domain', () => {
    for (const site of supportSites.filter((s) => s.kind === 'shared-domain')) {
      for (const scope of site.scopes) expect(parseScope(scope).path, `${site.id}: ${scope}`).not.toBe('');
    }
  });

  it('knows the general-purpose rule by domain, not by text', () => {
    expect(isGeneralPurposeHost('www.gov.uk')).toBe(true);
    expect(isGeneralPurposeHost('www.leeds.gov.uk')).toBe(true);
    expect(isGeneralPurposeHost('www.met.police.uk')).toBe(true);
    expect(isGeneralPurposeHost('notgov.uk')).toBe(false);
    expect(isGeneralPurposeHost('www.womensaid.org.uk')).toBe(false);
    for (const domain of GENERAL_PURPOSE_DOMAINS) expect(domain, domain).toMatch(HOST);
  });
});

describe('scopes of the catalogue', () => {
  it('treat "www." and the bare host as one site', () => {
    expect(withWwwTwin(parseScope('example.org/help'))).toEqual([
      { host: 'example.org', path: '/help' },
      { host: 'www.example.org', path: '/help' },
    ]);
    expect(withWwwTwin(parseScope('www.example.org'))).toEqual([
      { host: 'www.example.org', path: '' },
      { host: 'example.org', path: '' },
    ]);
    expect(toMatchPatterns(withWwwTwin(parseScope('www.example.org')))).toEqual([
      '*://www.example.org/*',
      '*://example.org/*',
    ]);
  });

  it('protect the pages of each entry and nothing else of a shared domain', () => {
    for (const site of supportSites) {
      for (const scope of site.scopes) {
        const { host, path } = parseScope(scope);
        expect(isProtectedUrl(`https://${host}${path}`), scope).toBe(true);
        expect(isProtectedUrl(`https://${host === bare(host) ? 'www.' + host : bare(host)}${path}/x`), scope).toBe(
          true,
        );
      }
    }
    expect(isProtectedUrl('https://www.gov.uk/vehicle-tax')).toBe(false);
    expect(isProtectedUrl('https://www.dorset.police.uk/news')).toBe(false);
    expect(isProtectedUrl('https://england.shelter.org.uk/housing_advice/repairs')).toBe(false);
  });
});
