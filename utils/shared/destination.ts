/** Where the chosen destination is stored (in storage.local; utils/shared/settings.ts defines the item). */
export const DESTINATION_KEY = 'destination';

/** Where the exit goes. GOV.UK's component uses the same default. */
export const DEFAULT_DESTINATION = 'https://www.bbc.co.uk/weather';

/** Why a destination was refused; the settings page says it in words (locales: destination.refused.*). */
export type RefusalReason = 'empty' | 'notAnAddress' | 'notAWebPage' | 'supportSite';

export type DestinationCheck = { ok: true; url: string } | { ok: false; reason: RefusalReason };

/**
 * A destination must be an ordinary web page (http or https) that is not itself
 * a protected site: never `javascript:`, `data:`, `file:`, browser or extension
 * pages.
 */
export function checkDestination(value: unknown, isProtected: (url: string) => boolean): DestinationCheck {
  if (typeof value !== 'string' || value.trim() === '') return { ok: false, reason: 'empty' };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, reason: 'notAnAddress' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: 'notAWebPage' };
  }
  if (isProtected(url.href)) {
    return { ok: false, reason: 'supportSite' };
  }
  return { ok: true, url: url.href };
}

/**
 * The stored choice (settings version 2): a web page, or the browser's new tab
 * page, which has no web address an extension may open by name. Version 1
 * stored the page's address as a plain string.
 */
export type StoredDestination = { url: string } | { newTab: true };

export const NEW_TAB_PAGE: StoredDestination = { newTab: true };

/** Version 1 -> 2. Anything else is left for `usableDestination` to refuse. */
export function migrateDestinationV2(stored: unknown): unknown {
  return typeof stored === 'string' ? { url: stored } : stored;
}

/**
 * The page the exit opens now, or `undefined` for the browser's new tab page
 * (`tabs.create` without a url). Anything unusable (corrupt storage, a version 1
 * value the migration has not reached yet) is read as well as it can be, else
 * the default, so the exit never breaks.
 */
export function usableDestination(stored: unknown, isProtected: (url: string) => boolean): string | undefined {
  const value = migrateDestinationV2(stored);
  if (typeof value !== 'object' || value === null) return DEFAULT_DESTINATION;
  if ('newTab' in value && value.newTab === true) return undefined;
  const checked = checkDestination('url' in value ? value.url : undefined, isProtected);
  return checked.ok ? checked.url : DEFAULT_DESTINATION;
}

/** Neutral pages offered in the settings. */
export const SUGGESTED_DESTINATIONS: readonly { id: 'weather' | 'news' | 'search'; url: string }[] = [
  { id: 'weather', url: DEFAULT_DESTINATION },
  { id: 'news', url: 'https://www.bbc.co.uk/news' },
  { id: 'search', url: 'https://duckduckgo.com/' },
];
