import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { history, tabs } from './browser-state';
import { addressBarSuggestions } from './omnibox';
import { clickExitButton } from './page-checks';
import { DESTINATION, page as html, PROTECTED, serveFakeSites, UNRELATED } from './sites';

const SEARCHES = {
  ledToSupport: 'https://www.google.com/search?q=help+my+ex+keeps+following+me',
  namesSupport: 'https://www.bing.com/search?q=domestic+abuse+helpline',
  unrelated: 'https://duckduckgo.com/?q=weather+tomorrow',
};

const withStorage = (title: string, name: string) =>
  html(
    title,
    `<script>document.cookie = "${name}=1; max-age=86400; path=/"; localStorage.setItem("${name}", "1");</script>`,
  );

async function downloadsFrom(sw: Worker): Promise<string[]> {
  return sw.evaluate(async () => (await chrome.downloads.search({})).map((d) => d.url));
}

/**
 * The popup opened as a tab, once its own visit is in history: the clean counts the
 * extension's pages as traces, and a browser under load records the visit a moment
 * after the page has loaded, so a count taken before that would be one short.
 */
async function popupTabInHistory(context: BrowserContext, sw: Worker, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/popup.html`;
  const popup = await context.newPage();
  await popup.goto(url);
  await expect.poll(async () => Object.keys(await history(sw)).includes(url)).toBe(true);
  return popup;
}

async function exitFrom(page: Page, sw: Worker): Promise<void> {
  await clickExitButton(page);
  await expect.poll(async () => (await tabs(sw)).some((t) => t.active && t.url === DESTINATION)).toBe(true);
}

test.describe('the deep clean', () => {
  test('removes the searches that led to or name a support site, and keeps other searches', async ({ context, sw }) => {
    await serveFakeSites(context, {
      [SEARCHES.ledToSupport]: html('Results', `<a id="result" href="${PROTECTED.stalkingHelpline}">A result</a>`),
      [SEARCHES.unrelated]: html('Results', `<a id="result" href="${UNRELATED.news}">A result</a>`),
    });
    const page = await context.newPage();
    await page.goto(SEARCHES.unrelated);
    await page.click('#result');
    await page.waitForURL(UNRELATED.news);
    await page.goto(SEARCHES.namesSupport);
    await page.goto(SEARCHES.ledToSupport);
    await page.click('#result');
    await page.waitForURL(PROTECTED.stalkingHelpline);
    expect(Object.keys(await history(sw))).toEqual(expect.arrayContaining(Object.values(SEARCHES)));

    await exitFrom(page, sw);

    await expect
      .poll(async () =>
        Object.keys(await history(sw))
          .filter((url) => url !== DESTINATION)
          .sort(),
      )
      .toEqual([SEARCHES.unrelated, UNRELATED.news].sort());
  });

  test('clears cookies and storage of support sites only', async ({ context, sw }) => {
    await serveFakeSites(context, {
      [PROTECTED.stalkingHelpline]: withStorage('Support', 'support'),
      [UNRELATED.news]: withStorage('News', 'news'),
    });
    const news = await context.newPage();
    await news.goto(UNRELATED.news);
    const support = await context.newPage();
    await support.goto(PROTECTED.stalkingHelpline);
    await expect.poll(async () => (await context.cookies()).map((c) => c.name).sort()).toEqual(['news', 'support']);

    await exitFrom(support, sw);

    await expect.poll(async () => (await context.cookies()).map((c) => c.name)).toEqual(['news']);
    expect(await news.evaluate(() => localStorage.getItem('news'))).toBe('1');
    // Looking again (in a fresh tab) finds the support site's storage empty.
    const again = await context.newPage();
    await context.route(PROTECTED.stalkingHelpline, (route) =>
      route.fulfill({ body: html('Support'), contentType: 'text/html' }),
    );
    await again.goto(PROTECTED.stalkingHelpline);
    expect(await again.evaluate(() => localStorage.getItem('support'))).toBeNull();
  });

  test('removes downloads from support sites from the downloads list, and keeps others', async ({ context, sw }) => {
    const fileFrom = (name: string) => ({
      status: 200,
      body: 'file',
      headers: { 'content-disposition': `attachment; filename=${name}` },
    });
    await serveFakeSites(context);
    await context.route('**/*.pdf', (route) =>
      route.fulfill(fileFrom(new URL(route.request().url()).pathname.slice(1))),
    );
    const news = await context.newPage();
    await news.goto(UNRELATED.news);
    await Promise.all([news.waitForEvent('download'), news.evaluate(() => (location.href = '/paper.pdf'))]);
    const support = await context.newPage();
    await support.goto(PROTECTED.stalkingHelpline);
    await Promise.all([support.waitForEvent('download'), support.evaluate(() => (location.href = '/safety-plan.pdf'))]);
    await expect.poll(() => downloadsFrom(sw)).toHaveLength(2);

    await exitFrom(support, sw);

    await expect.poll(() => downloadsFrom(sw)).toEqual(['https://news.example.org/paper.pdf']);
  });

  test('“Clean up now” in the popup cleans without leaving, and says what it removed', async ({
    context,
    sw,
    extensionId,
  }) => {
    await serveFakeSites(context);
    const news = await context.newPage();
    await news.goto(UNRELATED.news);
    const support = await context.newPage();
    await support.goto(PROTECTED.stalkingHelpline);
    await support.goto(PROTECTED.stalkingHelpline + '/2');
    await news.bringToFront();
    const popup = await popupTabInHistory(context, sw, extensionId);

    await popup.getByRole('button', { name: 'Clean up now' }).click();

    // Two support pages, and the popup itself, opened here as a tab (the extension's pages count as traces).
    await expect(popup.getByText(/^Removed 3 pages from history/)).toBeVisible();
    await expect(popup.getByText(/^Removed/)).toHaveAttribute('role', 'status');
    const open = (await tabs(sw)).map((t) => t.url);
    expect(open).toContain(UNRELATED.news);
    expect(open.some((url) => url.includes('suzylamplugh'))).toBe(false);
    expect(Object.keys(await history(sw)).filter((url) => url.includes('suzylamplugh'))).toEqual([]);
    // Nothing about the clean is stored.
    const stored = await sw.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).not.toMatch(/suzylamplugh|Removed/);
  });

  test('a long session on support sites goes, and a page visited in the middle of one keeps its visits', async ({
    context,
    sw,
    extensionId,
  }) => {
    const support = (n: number) => `https://www.suzylamplugh.org/page/${n}`;
    await sw.evaluate(
      async ({ support }) => {
        const add = async (url: string) => {
          await chrome.history.addUrl({ url });
          await new Promise((r) => setTimeout(r, 2));
        };
        await add('https://before.example.org/');
        for (let i = 0; i < 12; i++) await add(support[i]!); // a clean session
        await add('https://between.example.org/');
        for (let i = 12; i < 18; i++) await add(support[i]!);
        await add('https://middle.example.org/'); // visited during the next session...
        for (let i = 18; i < 30; i++) await add(support[i]!);
        await add('https://after.example.org/');
        await add('https://middle.example.org/'); // ...and again later
      },
      { support: Array.from({ length: 30 }, (_, i) => support(i)) },
    );
    const popup = await popupTabInHistory(context, sw, extensionId);
    await popup.getByRole('button', { name: 'Clean up now' }).click();
    await expect(popup.getByText(/^Removed 31 pages from history/)).toBeVisible();

    await expect
      .poll(() => history(sw))
      .toEqual({
        'https://before.example.org/': 1,
        'https://between.example.org/': 1,
        'https://middle.example.org/': 2,
        'https://after.example.org/': 1,
      });
  });

  test('the address bar suggests no support page afterwards, and still suggests other pages', async ({
    context,
    sw,
  }) => {
    await serveFakeSites(context);
    const page = await context.newPage();
    await page.goto(UNRELATED.news);
    await page.goto(PROTECTED.stalkingHelpline);
    expect(await addressBarSuggestions(context, 'suzylamplugh')).toContain('suzylamplugh.org/stalking-help');

    await exitFrom(page, sw);
    await expect.poll(async () => Object.keys(await history(sw)).filter((u) => u.includes('suzylamplugh'))).toEqual([]);

    expect(await addressBarSuggestions(context, 'suzylamplugh')).not.toContain('suzylamplugh.org/stalking-help');
    expect(await addressBarSuggestions(context, 'news.example')).toContain('news.example.org/today');
  });
});
