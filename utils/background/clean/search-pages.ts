/**
 * Recognises search-engine result pages by host and query parameter (never by
 * looking for words in the URL text), and returns the decoded query.
 */
import { parseWebPageUrl } from '@/utils/shared/web-url';

export interface SearchPage {
  engine: string;
  /** The decoded search, '' when the page has none. */
  query: string;
  /** For a results-page redirect (google.com/url?q=...), where it leads. */
  target?: string;
}

interface Engine {
  name: string;
  host: RegExp;
  /** Paths of result pages. */
  path: RegExp;
  /** Query parameters that hold the search, in order of preference. */
  params: string[];
}

const ENGINES: Engine[] = [
  { name: 'Google', host: /^(www\.)?google\.([a-z]{2,3}|com?\.[a-z]{2})$/, path: /^\/search\/?$/, params: ['q'] },
  { name: 'Bing', host: /^(www\.|cn\.)?bing\.com$/, path: /^\/search\/?$/, params: ['q'] },
  { name: 'DuckDuckGo', host: /^(html\.|lite\.)?duckduckgo\.com$/, path: /^\/(html\/?|lite\/?)?$/, params: ['q'] },
  { name: 'Yahoo', host: /^([a-z]{2}\.)?search\.yahoo\.com$/, path: /^\/(search|yhs\/search)\/?/, params: ['p', 'q'] },
  { name: 'Ecosia', host: /^(www\.)?ecosia\.org$/, path: /^\/search\/?$/, params: ['q'] },
  { name: 'Brave', host: /^search\.brave\.com$/, path: /^\/search\/?$/, params: ['q'] },
  {
    name: 'Startpage',
    host: /^(www\.)?startpage\.com$/,
    path: /^\/(do|sp)\/(search|dsearch)\/?$/,
    params: ['query', 'q'],
  },
];

/** Google's result links pass through /url?q=<target> (or url=<target>). */
const GOOGLE_REDIRECT = /^\/url\/?$/;

export function parseSearchPage(url: string): SearchPage | undefined {
  const parsed = parseWebPageUrl(url);
  if (!parsed) return undefined;
  const engine = ENGINES.find((e) => e.host.test(parsed.hostname));
  if (!engine) return undefined;
  if (engine.name === 'Google' && GOOGLE_REDIRECT.test(parsed.pathname)) {
    const target = parsed.searchParams.get('q') ?? parsed.searchParams.get('url') ?? undefined;
    return { engine: engine.name, query: '', target };
  }
  if (!engine.path.test(parsed.pathname)) return undefined;
  // URLSearchParams decodes both "+" and "%20" as a space, and UTF-8 escapes.
  const query = engine.params.map((p) => parsed.searchParams.get(p)).find((v) => v !== null) ?? '';
  return { engine: engine.name, query: query.trim() };
}
