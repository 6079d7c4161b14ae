/**
 * Fake websites for the browser tests, served through context.route(): no test
 * needs the internet. Hosts are real protected hosts (so the real manifest
 * matches apply) or clearly unrelated ones.
 */
import type { BrowserContext, Route } from '@playwright/test';

export const DESTINATION = 'https://www.bbc.co.uk/weather';

export const PROTECTED = {
  stalkingHelpline: 'https://www.suzylamplugh.org/stalking-help',
  stalkingHelplineOld: 'https://www.suzylamplugh.org/an-old-visit',
  domesticAbuse: 'https://www.nationaldahelpline.org.uk/',
  forcedMarriage: 'https://www.gov.uk/guidance/forced-marriage',
  shortLink: 'https://orlo.uk/nhPNT',
} as const;

export const UNRELATED = {
  news: 'https://news.example.org/today',
  recipes: 'https://recipes.example.net/soup',
  govTax: 'https://www.gov.uk/browse/tax',
} as const;

export function page(title: string, body = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>${title}</h1><p>Test page.</p><label>Message <input id="field"></label>${body}
<p style="height:2000px">A long page.</p></main></body></html>`;
}

/** Serves every http(s) request with a small page titled after its URL; extra pages by exact URL. */
export async function serveFakeSites(context: BrowserContext, extra: Record<string, string> = {}): Promise<void> {
  await context.route(/^https?:\/\//, (route: Route) => {
    const url = route.request().url();
    if (url.endsWith('/favicon.ico')) return route.fulfill({ status: 404, body: '' });
    const html = extra[url] ?? page(`Page at ${new URL(url).host}${new URL(url).pathname}`);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}
