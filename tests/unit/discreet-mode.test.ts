import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyDiscreetMode, DISCREET_ICON, NORMAL_ICON } from '@/utils/background/discreet-mode';
import { readDiscreetMode } from '@/utils/shared/settings';

describe('discreet mode', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is off unless stored as exactly true', async () => {
    expect(await readDiscreetMode()).toBe(false);
    for (const stored of ['true', 1, { on: true }]) {
      await fakeBrowser.storage.local.set({ discreetMode: stored });
      expect(await readDiscreetMode(), JSON.stringify(stored)).toBe(false);
    }
    await fakeBrowser.storage.local.set({ discreetMode: true });
    expect(await readDiscreetMode()).toBe(true);
  });

  it('sets icon, title and an empty badge both ways', async () => {
    const setIcon = vi.spyOn(browser.action, 'setIcon').mockResolvedValue(undefined);
    const setTitle = vi.spyOn(browser.action, 'setTitle').mockResolvedValue(undefined);
    const setBadgeText = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue(undefined);
    await applyDiscreetMode(true);
    expect(setIcon).toHaveBeenLastCalledWith({ path: DISCREET_ICON });
    expect(setTitle).toHaveBeenLastCalledWith({ title: 'Tools' });
    await applyDiscreetMode(false);
    expect(setIcon).toHaveBeenLastCalledWith({ path: NORMAL_ICON });
    expect(setTitle).toHaveBeenLastCalledWith({ title: 'Quick Exit' });
    expect(setBadgeText).toHaveBeenCalledWith({ text: '' });
  });
});
