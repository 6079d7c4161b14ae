import { browser } from 'wxt/browser';

/** Firefox, where a few APIs differ (browsingData by host name, forgetting closed tabs, the shortcut page). */
export const isFirefox = (): boolean => browser.runtime.getURL('/').startsWith('moz-extension:');
