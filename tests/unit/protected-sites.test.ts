import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { services } from '@/data/services';
import { supportSites } from '@/data/support-sites';
import { GENERAL_PURPOSE_DOMAINS, isGeneralPurposeHost } from '@/data/support-sites/general-purpose';
import {
  alsoMatchingPagesOf,
  createSiteMatcher,
  isProtectedUrl,
  parseScope,
  protectedScopes,
  toMatchPatterns,
} from '@/utils/shared/protected-sites';

describe('isProtectedUrl', () => {
  it('matches the exact hosts of the directory, any path, http or https', () => {
    expect(isProtectedUrl('https://www.suzylamplugh.org/')).toBe(true);
    expect(isProtectedUrl('http://suzylamplugh.org/stalking?x=1#top')).toBe(true);
    expect(isProtectedUrl('https://WWW.SUZYLAMPLUGH.ORG/Appeal')).toBe(true);
  });

  it('does not match other hosts that merely contain the name', () => {
    expect(isProtectedUrl('https://news.example.org/?q=suzylamplugh.org')).toBe(false);
    expect(isProtectedUrl('https://suzylamplugh.org.evil.example/')).toBe(false);
    expect(isProtectedUrl('https://shop.suzylamplugh.org/')).toBe(false);
  });

  it('protects only the listed path on a shared government domain', () => {
    expect(isProtectedUrl('https://www.gov.uk/guidance/forced-marriage')).toBe(true);
    expect(isProtectedUrl('https://www.gov.uk/guidance/forced-marriage/')).toBe(true);
    expect(isProtectedUrl('https://www.gov.uk/guidance/forced-marriage/get-help?lang=en')).toBe(true);
    expect(isProtectedUrl('https://www.gov.uk/guidance/forced-marriage-statistics')).toBe(false);
    expect(isProtectedUrl('https://www.gov.uk/browse/tax')).toBe(false);
    expect(isProtectedUrl('https://www.gov.uk/')).toBe(false);
    expect(isProtectedUrl('https://gov.wales/live-fear-free/sexual-violence')).toBe(true);
    expect(isProtectedUrl('https://gov.wales/coronavirus')).toBe(false);
  });

  it('protects the founding post’s short links one by one, not the whole shortener', () => {
    expect(isProtectedUrl('https://orlo.uk/nhPNT')).toBe(true);
    expect(isProtectedUrl('https://orlo.uk/nhpnt')).toBe(false);
    expect(isProtectedUrl('https://orlo.uk/somethingElse')).toBe(false);
  });

  it('ignores anything that is not an http(s) URL', () => {
    for (const url of [
      undefined,
      '',
      'not a url',
      'ftp://www.suzylamplugh.org/',
      'view-source:https://www.suzylamplugh.org/',
    ]) {
      expect(isProtectedUrl(url)).toBe(false);
    }
  });
});

const under = (host: string, domain: string) => host === domain || host.endsWith('.' + domain);
const sameGeneralPurposeDomain = (a: string, b: string) =>
  GENERAL_PURPOSE_DOMAINS.some((domain) => under(a, domain) && under(b, domain));

describe('the protected-site list', () => {
  it('covers every link in the founding document', () => {
    const seed = readFileSync(new URL('../fixtures/founding-post.txt', import.meta.url), 'utf8');
    const links = [...seed.matchAll(/https:\/\/orlo\.uk\/\w+/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThan(15);
    for (const link of links) expect(isProtectedUrl(link), link).toBe(true);
  });

  it('covers every service host in the sourced reference, with gov domains path-scoped', () => {
    const reference: { id: string; hosts: string[] }[] = JSON.parse(
      readFileSync(new URL('../fixtures/helplines-sourced.json', import.meta.url), 'utf8'),
    );
    for (const entry of reference) {
      expect(
        services.some((s) => s.id === entry.id),
        entry.id,
      ).toBe(true);
      for (const host of entry.hosts) {
        // A general-purpose site (Shelter, a regulator, a police force) is protected only on its relevant pages.
        const scoped = isGeneralPurposeHost(host)
          ? protectedScopes.filter((scope) => sameGeneralPurposeDomain(scope.host, host) && scope.path !== '')
          : protectedScopes.filter((scope) => scope.host === host);
        expect(scoped.length, host).toBeGreaterThan(0);
      }
    }
    expect(protectedScopes.filter((s) => s.host === 'www.gov.uk').every((s) => s.path !== '')).toBe(true);
    expect(protectedScopes.filter((s) => s.host.endsWith('gov.wales')).every((s) => s.path !== '')).toBe(true);
  });

  it('includes the website of every service that has one', () => {
    for (const service of services) {
      // A service pointing to a catalogue site not added yet is checked against its recorded hosts (services.test.ts).
      const awaitsCatalogue = service.site !== undefined && !supportSites.some((site) => site.id === service.site);
      if (service.website && !awaitsCatalogue) expect(isProtectedUrl(service.website.value), service.id).toBe(true);
    }
  });
});

describe('scopes and match patterns', () => {
  it('parses host and path, dropping a trailing slash', () => {
    expect(parseScope('www.gov.uk/guidance/forced-marriage/')).toEqual({
      host: 'www.gov.uk',
      path: '/guidance/forced-marriage',
    });
    expect(parseScope('Example.ORG')).toEqual({ host: 'example.org', path: '' });
  });

  it('gives one pattern per whole host and three per path scope, without duplicates', () => {
    expect(toMatchPatterns([parseScope('a.example'), parseScope('a.example'), parseScope('b.example/x')])).toEqual([
      '*://a.example/*',
      '*://b.example/x',
      '*://b.example/x/*',
      '*://b.example/x?*',
    ]);
  });

  it('builds matchers for other lists (such as sites a person adds)', () => {
    const matches = createSiteMatcher([parseScope('help.example/advice')]);
    expect(matches('https://help.example/advice/1')).toBe(true);
    expect(matches('https://help.example/other')).toBe(false);
  });
});

describe('alsoMatchingPagesOf', () => {
  it('adds the extension’s own pages to a matcher', () => {
    const matches = alsoMatchingPagesOf('chrome-extension://abc/', isProtectedUrl);
    expect(matches('chrome-extension://abc/popup.html')).toBe(true);
    expect(matches('chrome-extension://other/popup.html')).toBe(false);
    expect(matches('https://www.suzylamplugh.org/')).toBe(true);
    expect(matches('https://news.example.org/')).toBe(false);
  });
});
