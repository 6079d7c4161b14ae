import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DESTINATION, usableDestination } from '@/utils/shared/destination';
import { isProtectedUrl } from '@/utils/shared/protected-sites';

/** The real item, loaded after storage has been prepared: WXT runs migrations when an item is defined. */
async function defineDestinationItem() {
  vi.resetModules();
  return (await import('@/utils/shared/settings')).destinationItem;
}

describe('destination setting, version 1 -> 2', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns a version 1 address into { url } and records version 2', async () => {
    await fakeBrowser.storage.local.set({ destination: 'https://weather.example.com/' });
    const item = await defineDestinationItem();
    expect(await item.getValue()).toEqual({ url: 'https://weather.example.com/' });
    expect(await fakeBrowser.storage.local.get('destination$')).toEqual({ destination$: { v: 2 } });
  });

  it('leaves a fresh install at the fallback and a version 2 value as it is', async () => {
    expect(await (await defineDestinationItem()).getValue()).toEqual({ url: DEFAULT_DESTINATION });
    await fakeBrowser.storage.local.set({ destination: { newTab: true }, destination$: { v: 2 } });
    expect(await (await defineDestinationItem()).getValue()).toEqual({ newTab: true });
  });

  it('carries a corrupt version 1 value over unchanged, and the exit still gets a usable page', async () => {
    await fakeBrowser.storage.local.set({ destination: 42 });
    const item = await defineDestinationItem();
    const migrated = await item.getValue();
    expect(migrated).toBe(42);
    expect(usableDestination(migrated, isProtectedUrl)).toBe('https://www.bbc.co.uk/weather');
  });
});
