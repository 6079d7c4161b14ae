import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostCode } from '@/utils/shared/user-sites/hash';
import { checkDestination, DEFAULT_DESTINATION, usableDestination } from '@/utils/shared/destination';
import { readProtectedSites, withUserSites } from '@/utils/shared/user-sites/protected-now';
import { hostOfPageUrl, hostOfPattern, originPattern } from '@/utils/shared/user-sites/origins';
import { rebuildUserSiteRegistration, USER_SITES_SCRIPT_ID } from '@/utils/background/user-sites/registration';
import {
  forgetHosts,
  keepOnlyGranted,
  readUserSiteHosts,
  rememberHosts,
  userSitesItem,
} from '@/utils/shared/user-sites/store';

/** The browser's own permission list: what the person has granted. */
function grant(origins: string[]) {
  return vi.spyOn(browser.permissions, 'getAll').mockImplementation(async () => ({ origins, permissions: [] }));
}

describe('origins', () => {
  it('takes the host of an ordinary web page only', () => {
    expect(hostOfPageUrl('https://Local-Refuge.example/help?x=1')).toBe('local-refuge.example');
    expect(hostOfPageUrl('http://a.example:8080/')).toBe('a.example');
    for (const url of ['chrome://settings', 'file:///tmp/a', 'not a url', undefined]) {
      expect(hostOfPageUrl(url), String(url)).toBeUndefined();
    }
  });

  it('reads a host back from a granted pattern, never from a wildcard one', () => {
    expect(hostOfPattern(originPattern('a.example'))).toBe('a.example');
    expect(hostOfPattern('https://b.example/*')).toBe('b.example');
    expect(hostOfPattern('*://*/*')).toBeUndefined();
    expect(hostOfPattern('*://*.example/*')).toBeUndefined();
    expect(hostOfPattern('*://c.example/path/*')).toBeUndefined();
  });
});

describe('hostCode', () => {
  it('depends on the salt and not on letter case, and hides the host', async () => {
    const code = await hostCode('salt-1', 'Refuge.example');
    expect(code).toMatch(/^[0-9a-f]{64}$/);
    expect(code).toBe(await hostCode('salt-1', 'refuge.example'));
    expect(code).not.toBe(await hostCode('salt-2', 'refuge.example'));
  });
});

describe('stored sites', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores codes only, and counts a site as added only while its access is granted', async () => {
    grant(['*://a.example/*', '*://b.example/*', '*://www.suzylamplugh.org/*']);
    await rememberHosts(['a.example', 'b.example']);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toMatch(/a\.example|b\.example/);
    expect((await readUserSiteHosts()).sort()).toEqual(['a.example', 'b.example']);

    grant(['*://a.example/*']);
    expect(await readUserSiteHosts()).toEqual(['a.example']);
    await keepOnlyGranted();
    expect((await userSitesItem.getValue())!.codes).toHaveLength(1);
    await forgetHosts(['a.example']);
    expect(await readUserSiteHosts()).toEqual([]);
  });

  it('keeps both of two adds made at once, under one salt', async () => {
    grant(['*://a.example/*', '*://b.example/*']);
    await Promise.all([rememberHosts(['a.example']), rememberHosts(['b.example'])]);
    expect((await readUserSiteHosts()).sort()).toEqual(['a.example', 'b.example']);
  });

  it('treats corrupt stored state as no sites', async () => {
    grant(['*://a.example/*']);
    await fakeBrowser.storage.local.set({ userSites: { salt: 7, codes: 'x' } });
    expect(await readUserSiteHosts()).toEqual([]);
  });
});

describe('registration', () => {
  beforeEach(() => fakeBrowser.reset());

  function stubScripting() {
    const ops: string[] = [];
    let registered: { id: string; matches?: string[] }[] = [];
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => {
      ops.push('get');
      return registered as never;
    });
    vi.spyOn(browser.scripting, 'unregisterContentScripts').mockImplementation(async () => {
      ops.push('unregister');
      registered = [];
    });
    vi.spyOn(browser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
      ops.push('register');
      registered = scripts as never;
    });
    return { ops, registered: () => registered };
  }

  it('is rebuilt from stored state, one operation at a time', async () => {
    const scripting = stubScripting();
    grant(['*://a.example/*']);
    await rememberHosts(['a.example']);
    await Promise.all([rebuildUserSiteRegistration(), rebuildUserSiteRegistration()]);
    // Never two "get"s in a row: each rebuild finishes before the next starts.
    expect(scripting.ops).toEqual(['get', 'register', 'get', 'unregister', 'register']);
    expect(scripting.registered()).toMatchObject([{ id: USER_SITES_SCRIPT_ID, matches: ['*://a.example/*'] }]);

    await forgetHosts(['a.example']);
    expect(await rebuildUserSiteRegistration()).toEqual([]);
    expect(scripting.registered()).toEqual([]);
  });
});

describe('withUserSites', () => {
  it('adds whole hosts to the directory, and keeps the directory', () => {
    const sites = withUserSites(['a.example'], 'chrome-extension://id/');
    expect(sites.isProtected('https://a.example/any/page')).toBe(true);
    expect(sites.isProtected('https://sub.a.example/')).toBe(false);
    expect(sites.isProtected('https://www.suzylamplugh.org/')).toBe(true);
    expect(sites.isProtected('chrome-extension://id/options.html')).toBe(true);
    expect(sites.scopes).toContainEqual({ host: 'a.example', path: '' });
  });
});

describe('one answer to "is this site protected?"', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the settings the same answer as the exit: an added site is never a destination', async () => {
    grant([originPattern('local-refuge.example')]);
    await rememberHosts(['local-refuge.example']);
    const sites = await readProtectedSites('chrome-extension://quick-exit/');
    expect(checkDestination('https://local-refuge.example/contact', sites.isProtected)).toEqual({
      ok: false,
      reason: 'supportSite',
    });
    expect(checkDestination('chrome-extension://quick-exit/guide.html', sites.isProtected).ok).toBe(false);
    expect(checkDestination('https://www.bbc.co.uk/news', sites.isProtected).ok).toBe(true);
    // The stored choice is read the same way: an added site stored as destination is not used.
    expect(usableDestination({ url: 'https://local-refuge.example/' }, sites.isProtected)).toBe(DEFAULT_DESTINATION);
  });
});
