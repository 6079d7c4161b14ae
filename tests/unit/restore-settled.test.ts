import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restoreSettled } from '@/utils/background/auto-clean/restore-settled';

describe('restoreSettled', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('waits while tabs are still being restored, and until a window exists', async () => {
    const counts = [1, 3, 5, 5, 5, 5];
    const windows = [0, 0, 0, 0, 1];
    vi.spyOn(browser.tabs, 'query').mockImplementation(async () => new Array(counts.shift() ?? 5).fill({}));
    vi.spyOn(browser.windows, 'getAll').mockImplementation(async () => new Array(windows.shift() ?? 1).fill({}));
    let settled = false;
    void restoreSettled().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(2_500);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(settled).toBe(true);
  });

  it('waits for the count to hold for three steps: a busy machine can pause a restore', async () => {
    const counts = [2, 2, 2, 4, 4, 4, 4];
    vi.spyOn(browser.tabs, 'query').mockImplementation(async () => new Array(counts.shift() ?? 4).fill({}));
    vi.spyOn(browser.windows, 'getAll').mockImplementation(async () => [{}] as never);
    let settled = false;
    void restoreSettled().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(settled).toBe(true);
  });

  it('gives up waiting after fifteen seconds', async () => {
    let count = 0;
    vi.spyOn(browser.tabs, 'query').mockImplementation(async () => new Array(++count).fill({}));
    vi.spyOn(browser.windows, 'getAll').mockImplementation(async () => []);
    let settled = false;
    void restoreSettled().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(14_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(settled).toBe(true);
  });
});
