/** Where the chosen destination is stored (in storage.local; utils/settings.ts defines the item). */
export const DESTINATION_KEY = 'destination';

/** Where the exit goes. GOV.UK's component uses the same default. */
export const DEFAULT_DESTINATION = 'https://www.bbc.co.uk/weather';

/**
 * A destination is usable only if it is an ordinary web page that is not itself a
 * protected site. Anything else (corrupt storage, `javascript:`, an extension page)
 * falls back to the default, so the exit never breaks.
 */
export function usableDestination(value: unknown, isProtected: (url: string) => boolean): string {
  if (typeof value !== 'string') return DEFAULT_DESTINATION;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return DEFAULT_DESTINATION;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return DEFAULT_DESTINATION;
  if (isProtected(url.href)) return DEFAULT_DESTINATION;
  return url.href;
}
