import { describe, expect, it } from 'vitest';
import { quickExitOwn } from '@/data/support-sites/quick-exit-own';
import { siteDataHosts } from '@/utils/background/clean/site-data';
import { contentScriptMatches } from '@/scripts/content-script-matches';
import { isProtectedUrl, parseScope, protectedScopes } from '@/utils/shared/protected-sites';

describe('Quick Exit’s own store listings', () => {
  it('are protected, whatever id the Chrome Web Store gives the listing', () => {
    expect(isProtectedUrl('https://chromewebstore.google.com/detail/quick-exit/abcdefghijklmnopabcdefghijklmnop')).toBe(
      true,
    );
    expect(isProtectedUrl('https://chromewebstore.google.com/detail/quick-exit/abcdefghijklmnop?hl=en-GB')).toBe(true);
    expect(isProtectedUrl('https://addons.mozilla.org/en-GB/firefox/addon/quick-exit/')).toBe(true);
    expect(isProtectedUrl('https://addons.mozilla.org/addon/quick-exit/')).toBe(true);
  });

  it('are the listing only: the rest of the stores is not', () => {
    expect(isProtectedUrl('https://chromewebstore.google.com/')).toBe(false);
    expect(isProtectedUrl('https://chromewebstore.google.com/detail/quick-exit-tabs/abc')).toBe(false);
    expect(isProtectedUrl('https://addons.mozilla.org/en-GB/firefox/addon/ublock-origin/')).toBe(false);
    expect(isProtectedUrl('https://mail.google.com/')).toBe(false);
  });

  it('keep the stores’ cookies (a Google or Mozilla sign-in)', () => {
    const hosts = siteDataHosts(protectedScopes);
    for (const scope of quickExitOwn.flatMap((site) => site.scopes)) {
      expect(hosts, scope).not.toContain(parseScope(scope).host);
    }
  });

  it('ask for no script access to the stores, where no extension may run one', () => {
    expect(contentScriptMatches.filter((p) => /google\.com|mozilla\.org/.test(p))).toEqual([]);
  });
});
