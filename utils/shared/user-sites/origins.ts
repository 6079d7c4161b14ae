/**
 * A site the person adds is a whole host. The browser holds it as a host
 * permission ("*://host/*"), which is also the content script's match pattern.
 */
import { parseWebPageUrl } from '../web-url';

export function hostOfPageUrl(url: string | undefined): string | undefined {
  return parseWebPageUrl(url)?.hostname;
}

export function originPattern(host: string): string {
  return `*://${host}/*`;
}

/** The host of a granted origin pattern ("https://a.org/*", "*://a.org/*"); none for wildcard hosts. */
export function hostOfPattern(pattern: string): string | undefined {
  const match = /^(?:\*|https?):\/\/([^/*]+)\/\*?$/.exec(pattern);
  return match?.[1]?.toLowerCase();
}

/** The hosts of a list of granted patterns, once each; wildcard patterns give none. */
export function hostsOfPatterns(patterns: readonly string[] = []): string[] {
  return [...new Set(patterns.map(hostOfPattern).filter((host): host is string => !!host))];
}
