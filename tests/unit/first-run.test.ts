import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showFirstRunPageOnce } from '@/utils/background/first-run';

describe('showFirstRunPageOnce', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the page at the first install only', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await showFirstRunPageOnce();
    await showFirstRunPageOnce();
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(/\/first-run\.html$/);
  });
});
