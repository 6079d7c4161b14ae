import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeepAwake, KEEP_AWAKE_MS } from '@/utils/background/keep-awake';

describe('keeping the background ready while a support page is open', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('looks every 20 seconds while a protected tab is open, and stops when the last one goes', async () => {
    let open = 2;
    const protectedTabOpen = vi.fn(async () => open > 0);
    const keepAwake = createKeepAwake(protectedTabOpen);
    keepAwake.start();
    expect(keepAwake.running).toBe(true);
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_MS * 3);
    expect(protectedTabOpen).toHaveBeenCalledTimes(3);
    open = 1;
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_MS);
    expect(keepAwake.running).toBe(true);
    open = 0;
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_MS);
    expect(keepAwake.running).toBe(false);
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_MS * 5);
    expect(protectedTabOpen).toHaveBeenCalledTimes(5);
  });

  it('runs one loop however often it is started, and starts again after stopping', async () => {
    let open = true;
    const protectedTabOpen = vi.fn(async () => open);
    const keepAwake = createKeepAwake(protectedTabOpen);
    keepAwake.start();
    keepAwake.start();
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_MS);
    expect(protectedTabOpen).toHaveBeenCalledTimes(1);
    open = false;
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_MS);
    expect(keepAwake.running).toBe(false);
    open = true;
    keepAwake.start();
    expect(keepAwake.running).toBe(true);
  });

  it('stops when the tabs cannot be read', async () => {
    const keepAwake = createKeepAwake(() => Promise.reject(new Error('tabs unavailable')));
    keepAwake.start();
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_MS);
    expect(keepAwake.running).toBe(false);
  });
});
