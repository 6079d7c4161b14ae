/**
 * A site the person adds is a whole host. The browser holds it as a host
 * permission ("*://host/*"), which is also the content script's match pattern.
 */
export function hostOfPageUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

export function originPattern(host: string): string {
  return `*://${host}/*`;
}

/** The host of a granted origin pattern ("https://a.org/*", "*://a.org/*"); none for wildcard hosts. */
export function hostOfPattern(pattern: string): string | undefined {
  const match = /^(?:\*|https?):\/\/([^/*]+)\/\*?$/.exec(pattern);
  return match?.[1]?.toLowerCase();
}
