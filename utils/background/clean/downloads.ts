import { browser } from 'wxt/browser';
import type { Cleaner } from './types';

/**
 * Entries in the downloads list that came from a protected site. The file on
 * disk stays: deleting someone's file is not ours to decide.
 */
export const downloadsCleaner: Cleaner = {
  name: 'downloads',
  needs: ['downloads'],
  async run({ isProtected }) {
    const items = await browser.downloads.search({});
    const doomed = items.filter((item) => [item.url, item.finalUrl, item.referrer].some((url) => isProtected(url)));
    for (const item of doomed) await browser.downloads.erase({ id: item.id });
    return doomed.length;
  },
};
