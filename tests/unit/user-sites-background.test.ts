import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addGrantedSite, removeSite } from '@/utils/background/user-sites/handlers';
import { readUserSiteHosts } from '@/utils/shared/user-sites/store';

describe('adding and removing a site', () => {
  let granted: string[];
  let refresh: ReturnType<typeof vi.fn<() => Promise<undefined>>>;

  beforeEach(() => {
    fakeBrowser.reset();
    refresh = vi.fn(async () => undefined);
    granted = [];
    vi.spyOn(browser.permissions, 'getAll').mockImplementation(async () => ({ origins: granted, permissions: [] }));
    vi.spyOn(browser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
      origins.every((o) => granted.includes(o)),
    );
    vi.spyOn(browser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
      granted = granted.filter((o) => !origins.includes(o));
      return true;
    });
  });

  it('adds only a site whose access the browser granted, and never a directory site', async () => {
    expect(await addGrantedSite('refuge.example', refresh)).toBe(false);
    granted = ['*://refuge.example/*', '*://www.suzylamplugh.org/*'];
    expect(await addGrantedSite('www.suzylamplugh.org', refresh)).toBe(false);
    expect(refresh).not.toHaveBeenCalled();
    expect(await addGrantedSite('refuge.example', refresh)).toBe(true);
    expect(await readUserSiteHosts()).toEqual(['refuge.example']);
    expect(refresh).toHaveBeenCalledOnce();
  });

  it('removes a site and gives its access back', async () => {
    granted = ['*://refuge.example/*'];
    await addGrantedSite('refuge.example', refresh);
    await removeSite('refuge.example', refresh);
    expect(granted).toEqual([]);
    expect(await readUserSiteHosts()).toEqual([]);
  });
});
