/**
 * Serves the demo support site from this folder at DEMO_ORIGIN + DEMO_PATH, a
 * protected address, through Playwright's routing: nothing is fetched from the
 * internet for it. Used by `npm start` and by the browser tests.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

export const DEMO_BASE = 'https://www.suzylamplugh.org/quick-exit-demo/';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript' };

/** @param {import('playwright-core').BrowserContext} context */
export async function serveDemoSite(context) {
  await context.route(`${DEMO_BASE}**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(new URL(DEMO_BASE).pathname.length) || 'index.html';
    const type = TYPES[extname(name)];
    if (!/^[\w-]+\.(html|css|js)$/.test(name) || !type) return route.fulfill({ status: 404, body: 'Not found' });
    try {
      const body = await readFile(new URL(`./${name}`, import.meta.url));
      return route.fulfill({ status: 200, contentType: type, body });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
  });
}
