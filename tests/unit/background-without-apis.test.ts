import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { cleanTraces, createCleanContext } from '@/utils/background/clean';
import { DEFAULT_CLEAN_SETTINGS } from '@/utils/shared/settings';
import { isProtectedUrl, protectedScopes } from '@/utils/shared/protected-sites';

/** What Firefox for Android does not give extensions. */
const MISSING_ON_ANDROID = ['commands', 'history', 'sessions', 'downloads'] as const;

describe('a browser without commands, history, sessions or downloads (Firefox for Android)', () => {
  const saved: Record<string, unknown> = {};
  beforeEach(() => {
    fakeBrowser.reset();
    for (const name of MISSING_ON_ANDROID) {
      saved[name] = (fakeBrowser as unknown as Record<string, unknown>)[name];
      delete (fakeBrowser as unknown as Record<string, unknown>)[name];
    }
    vi.spyOn(browser.browsingData, 'remove').mockResolvedValue(undefined);
    // fakeBrowser lacks these; the background registers or reads them at start.
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
    vi.spyOn(browser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] } as never);
    vi.spyOn(browser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(browser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
    for (const method of ['setIcon', 'setTitle', 'setBadgeText'] as const)
      vi.spyOn(browser.action, method).mockResolvedValue(undefined);
  });
  afterEach(() => Object.assign(fakeBrowser, saved));

  it('starts the background, and finishes an owed clean with what is available', async () => {
    await browser.storage.local.set({ cleanPending: true });
    expect(() => background.main()).not.toThrow();
    // The owed clean ran (site data only) and counted as finished: the flag is gone.
    // After the browser's start has settled (tab count steady for 1.5 s).
    await vi.waitFor(async () => expect(await browser.storage.local.get('cleanPending')).toEqual({}), {
      timeout: 5_000,
    });
    expect(browser.browsingData.remove).toHaveBeenCalled();
  });

  it('reports the cleaners it cannot run as unavailable, not failed', async () => {
    const report = await cleanTraces(createCleanContext(isProtectedUrl, protectedScopes), DEFAULT_CLEAN_SETTINGS);
    expect(report.failed).toEqual([]);
    expect(report.unavailable.sort()).toEqual(['closed-tabs', 'downloads', 'history', 'searches']);
    expect(report.removed['site-data']).toBeGreaterThanOrEqual(0);
  });
});
