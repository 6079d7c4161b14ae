/**
 * The automatic clean: no exit pressed, the support tab just closed (or left,
 * or the browser closed with it open).
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { afterRestart, test, expect } from './fixtures';
import { history, openWindow, recentlyClosedUrls, tabs } from './browser-state';
import { PROTECTED, serveFakeSites, UNRELATED } from './sites';

const isSupport = (url: string) => /suzylamplugh|nationaldahelpline/.test(url);
const supportHistory = async (sw: Worker) => Object.keys(await history(sw)).filter(isSupport);
const supportClosed = async (sw: Worker) => (await recentlyClosedUrls(sw)).filter(isSupport);
const supportCookies = async (context: BrowserContext) =>
  (await context.cookies()).filter((c) => isSupport(`https://${c.domain.replace(/^\./, '')}/`)).map((c) => c.name);

async function visit(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function rememberCookie(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.cookie = 'visited=yes; max-age=3600; path=/; secure';
  });
}

/** Settles pending work before a "nothing happened" check (the only wait that is not a poll). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

test.beforeEach(async ({ context }) => {
  await serveFakeSites(context);
});

test('one support tab closed: its history, Recently closed entry and cookies go; other history stays', async ({
  context,
  sw,
}) => {
  await visit(context, UNRELATED.news);
  const support = await visit(context, PROTECTED.stalkingHelpline);
  await rememberCookie(support);
  expect(await supportHistory(sw)).toEqual([PROTECTED.stalkingHelpline]);
  expect(await supportCookies(context)).toEqual(['visited']);

  const closedAt = Date.now();
  await support.close();
  await expect.poll(() => supportHistory(sw), { intervals: [10] }).toEqual([]);
  await expect.poll(() => supportClosed(sw), { intervals: [10] }).toEqual([]);
  await expect.poll(() => supportCookies(context), { intervals: [10] }).toEqual([]);
  console.log(`tab closed: history, Recently closed and cookies gone after ${Date.now() - closedAt} ms`);

  expect(Object.keys(await history(sw))).toContain(UNRELATED.news);
  await expect.poll(() => sw.evaluate(() => chrome.storage.local.get('cleanDue'))).toEqual({});
});

test('two support tabs: nothing goes while one is open; the clean follows the second', async ({ context, sw }) => {
  const first = await visit(context, PROTECTED.stalkingHelpline);
  // The second sits in another window, pinned, to show the wait spans windows.
  const [second] = await Promise.all([context.waitForEvent('page'), openWindow(sw, 'about:blank')]);
  await second.goto(PROTECTED.domesticAbuse);
  await sw.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await chrome.tabs.update(tab!.id!, { pinned: true });
  }, PROTECTED.domesticAbuse);
  expect(new Set((await tabs(sw)).map((t) => t.windowId)).size).toBe(2);

  await first.close();
  await settle();
  expect(await supportHistory(sw)).toEqual(
    expect.arrayContaining([PROTECTED.stalkingHelpline, PROTECTED.domesticAbuse]),
  );
  expect(await supportClosed(sw)).toEqual([PROTECTED.stalkingHelpline]);

  await second.close();
  await expect.poll(() => supportHistory(sw)).toEqual([]);
  await expect.poll(() => supportClosed(sw)).toEqual([]);
});

test('a support tab that goes on to another site: the clean runs, and Back leads nowhere protected', async ({
  context,
  sw,
}) => {
  const page = await visit(context, UNRELATED.recipes);
  await page.goto(PROTECTED.stalkingHelpline);
  await page.goto(PROTECTED.stalkingHelpline + '/more');
  await page.goto(UNRELATED.news);
  await expect.poll(() => supportHistory(sw)).toEqual([]);

  await page.goBack();
  expect(isSupport(page.url())).toBe(false);
  await page.goBack().catch(() => undefined);
  expect(isSupport(page.url())).toBe(false);
  expect(await supportHistory(sw)).toEqual([]);
  expect(Object.keys(await history(sw))).toEqual(expect.arrayContaining([UNRELATED.recipes, UNRELATED.news]));
});

test.describe('after a restart', () => {
  // Chromium started with --restore-last-session on a 2-core machine under load sometimes does not
  // come up within the test's time (about 1 start in 10, before Quick Exit does anything visible):
  // one more try. A browser that quits because of the clean (seen before the restore had to hold
  // steady) fails both.
  test.describe.configure({ retries: 1 });

  test('the browser closed with a support tab open and restores it: it is closed at start and cleaned', async ({
    context,
    sw,
    profileDir,
  }) => {
    await visit(context, UNRELATED.news);
    await visit(context, PROTECTED.stalkingHelpline);
    expect(await supportHistory(sw)).toEqual([PROTECTED.stalkingHelpline]);

    await afterRestart(
      context,
      profileDir,
      async (restarted, sw2) => {
        await serveFakeSites(restarted);
        await expect.poll(async () => (await tabs(sw2)).map((t) => t.url)).toContain(UNRELATED.news);
        await expect.poll(async () => (await tabs(sw2)).filter((t) => isSupport(t.url))).toEqual([]);
        await expect.poll(() => supportHistory(sw2)).toEqual([]);
        await expect.poll(() => supportClosed(sw2)).toEqual([]);
        expect(Object.keys(await history(sw2))).toContain(UNRELATED.news);
        expect((await tabs(sw2)).filter((t) => isSupport(t.url))).toEqual([]);
      },
      ['--restore-last-session'],
    );
  });
});

test('switched off in the settings: closing the tab leaves the traces for the exit or "Clean up now"', async ({
  context,
  sw,
  extensionId,
}) => {
  const options = await visit(context, `chrome-extension://${extensionId}/options.html`);
  const setting = options.getByLabel(/as soon as their last tab closes/);
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await expect
    .poll(() => sw.evaluate(() => chrome.storage.local.get('autoClean')))
    .toEqual({
      autoClean: { afterLastTab: false },
    });
  await options.close();

  const support = await visit(context, PROTECTED.stalkingHelpline);
  await support.close();
  await settle();
  expect(await supportHistory(sw)).toEqual([PROTECTED.stalkingHelpline]);
  expect(await supportClosed(sw)).toEqual([PROTECTED.stalkingHelpline]);
});
