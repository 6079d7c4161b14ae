import { browser } from 'wxt/browser';
import { inBatches } from './batches';
import type { Cleaner } from './types';

/**
 * Every visit to a protected site, from all time. In Chromium each deletion also
 * removes the page from open tabs' back/forward lists and from "Recently closed",
 * which is why the exit closes the tabs first and deletes afterwards.
 */
export const historyCleaner: Cleaner = {
  name: 'history',
  async run(context) {
    const { protectedUrls } = await context.history();
    await inBatches(protectedUrls, 50, (url) => browser.history.deleteUrl({ url }));
    return protectedUrls.length;
  },
};
