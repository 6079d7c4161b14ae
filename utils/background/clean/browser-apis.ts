import { browser } from 'wxt/browser';
import type { BrowserApi } from './types';

/** Whether this browser gives extensions the namespace at all (Firefox for Android lacks several). */
export const hasBrowserApi = (api: BrowserApi): boolean => (browser as unknown as Record<string, unknown>)[api] != null;
