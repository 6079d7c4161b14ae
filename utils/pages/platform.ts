import { browser } from 'wxt/browser';

/**
 * Firefox for Android: no keyboard shortcut, no Shift x3 to speak of, and no
 * history, sessions or downloads for extensions. The pages say what Quick Exit
 * can still do there and what to clear by hand.
 */
export function isAndroid(): Promise<boolean> {
  return browser.runtime.getPlatformInfo().then(
    (info) => info.os === 'android',
    () => false,
  );
}
