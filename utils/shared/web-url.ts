/** An ordinary web page's address (http or https), parsed; anything else (other schemes, not an address) is undefined. */
export function parseWebPageUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
