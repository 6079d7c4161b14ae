import type { SupportSite } from './types';

/**
 * Quick Exit's own store listings. A person installs it from one of these pages,
 * which would otherwise stay in history next to the support sites it hides.
 * Both stores are general-purpose hosts (google.com, mozilla.org), so only the
 * listing's path is protected and their cookies are kept.
 *
 * The listing's slug is the extension's name, "quick-exit". The Chrome Web Store
 * adds the item id after it (/detail/quick-exit/<id>); the id is given at
 * publication, and the scope covers it without naming it. addons.mozilla.org
 * serves a listing with or without a language part; the ones for this
 * extension's languages are listed.
 */
/**
 * Browsers let no extension run scripts on their own stores, so the exit button
 * never shows there: these hosts stay out of the content script's matches (which
 * would only add "read and change your data" on them to the install warning).
 */
export const SCRIPTLESS_HOSTS: readonly string[] = [
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
];

export const quickExitOwn: readonly SupportSite[] = [
  {
    id: 'quick-exit-store-listings',
    organisation: 'Quick Exit (its own store listings)',
    kind: 'shared-domain',
    country: 'GB',
    area: 'Everywhere',
    scopes: [
      'chromewebstore.google.com/detail/quick-exit',
      'chrome.google.com/webstore/detail/quick-exit',
      'addons.mozilla.org/addon/quick-exit',
      'addons.mozilla.org/firefox/addon/quick-exit',
      'addons.mozilla.org/en-GB/firefox/addon/quick-exit',
      'addons.mozilla.org/en-US/firefox/addon/quick-exit',
    ],
    sources: [
      // A store listing's address: /webstore/detail/<name>/<id>.
      'https://github.com/wooodhead/every-chrome-extension',
      // addons.mozilla.org/addon/<slug>/ and addons.mozilla.org/en-US/firefox/addon/<slug>/.
      'https://github.com/moritz-h/urls-list',
      'https://github.com/topics/xpi-extension',
    ],
    checked: '2026-11-30',
  },
];
