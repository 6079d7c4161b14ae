import { browser } from 'wxt/browser';
import { inBatches } from './batches';
import { historyPages } from './history-pages';
import type { Cleaner } from './types';

/**
 * Every visit to a protected site, from all time. In Chromium each deletion also
 * removes the page from open tabs' back/forward lists and from "Recently closed",
 * which is why the exit closes the tabs first and deletes afterwards.
 */
export const historyCleaner: Cleaner = {
  name: 'history',
  async run(isProtected) {
    const urls: string[] = [];
    for await (const page of historyPages()) {
      for (const item of page) if (isProtected(item.url)) urls.push(item.url!);
    }
    await inBatches(urls, 50, (url) => browser.history.deleteUrl({ url }));
    return urls.length;
  },
};
