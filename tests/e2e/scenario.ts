/**
 * A realistic browser before an exit, and the checks every exit must pass after.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';
import { history, openWindow, recentlyClosedUrls, tabs } from './browser-state';
import { DESTINATION, PROTECTED, UNRELATED } from './sites';

const isProtected = (url: string) =>
  url.startsWith('chrome-extension://') ||
  /^https?:\/\/(www\.)?(suzylamplugh\.org|nationaldahelpline\.org\.uk)\//.test(url) ||
  url.startsWith('https://www.gov.uk/guidance/forced-marriage') ||
  url.startsWith('https://orlo.uk/nhPNT');

export interface Scenario {
  /** The protected page the exit starts from. */
  page: Page;
  /** Unrelated history before the exit: URL -> visit count. */
  unrelatedBefore: Record<string, number>;
  /** Protected URLs in history before the exit. */
  protectedBefore: string[];
}

/**
 * Unrelated pages (one visited twice, one on gov.uk outside the protected path),
 * a protected tab with protected back history, a protected short link in a second
 * tab, a second window holding only protected pages, and a protected tab closed
 * earlier (so it sits in "Recently closed").
 */
export async function setUpBrowsing(context: BrowserContext, sw: Worker): Promise<Scenario> {
  const unrelated = await context.newPage();
  await unrelated.goto(UNRELATED.news);
  await unrelated.goto(UNRELATED.recipes);
  await unrelated.goto(UNRELATED.news);
  await unrelated.goto(UNRELATED.govTax);

  // Opened first: while a protected tab is open, closing the others below does not start the automatic clean.
  const shortLink = await context.newPage();
  await shortLink.goto(PROTECTED.shortLink);

  const closedEarlier = await context.newPage();
  await closedEarlier.goto(PROTECTED.domesticAbuse + 'closed-earlier');
  await closedEarlier.close();

  // A protected page that failed to load: it is in "Recently closed" but not in history.
  const failedUrl = PROTECTED.domesticAbuse + 'failed-to-load';
  await context.route(failedUrl, (route) => route.abort('internetdisconnected'));
  const failed = await context.newPage();
  await failed.goto(failedUrl).catch(() => undefined);
  await expect.poll(async () => (await tabs(sw)).some((t) => t.url === failedUrl)).toBe(true);
  await failed.close();

  const [otherWindow] = await Promise.all([context.waitForEvent('page'), openWindow(sw, 'about:blank')]);
  await otherWindow.goto(PROTECTED.forcedMarriage);

  const page = await context.newPage();
  await page.goto(PROTECTED.domesticAbuse);
  await page.goto(PROTECTED.stalkingHelpline);
  await page.bringToFront();

  const all = await history(sw);
  const unrelatedBefore = Object.fromEntries(Object.entries(all).filter(([url]) => !isProtected(url)));
  const protectedBefore = Object.keys(all).filter(isProtected);
  expect(protectedBefore.length).toBeGreaterThanOrEqual(4);
  expect(await recentlyClosedUrls(sw)).toEqual(
    expect.arrayContaining([PROTECTED.domesticAbuse + 'closed-earlier', failedUrl]),
  );
  return { page, unrelatedBefore, protectedBefore };
}

/** Waits until the destination tab is active and no protected tab is left; returns the time that took. */
export async function waitUntilSafe(sw: Worker, since: number): Promise<number> {
  await expect
    .poll(
      async () => {
        const open = await tabs(sw);
        return open.some((t) => t.active && t.url === DESTINATION) && !open.some((t) => isProtected(t.url));
      },
      { intervals: [5] },
    )
    .toBe(true);
  return Date.now() - since;
}

/** Everything an exit must leave behind, and everything it must not touch. */
export async function expectNoTrace(sw: Worker, scenario: Scenario): Promise<void> {
  const open = await tabs(sw);
  expect(open.filter((t) => isProtected(t.url))).toEqual([]);
  expect(open.filter((t) => t.url === DESTINATION)).toHaveLength(1);
  expect(open.find((t) => t.active && t.url === DESTINATION)).toBeTruthy();

  await expect.poll(async () => Object.keys(await history(sw)).filter(isProtected)).toEqual([]);
  await expect.poll(async () => (await recentlyClosedUrls(sw)).filter(isProtected)).toEqual([]);

  const after = await history(sw);
  const unrelatedAfter = Object.fromEntries(
    Object.entries(after).filter(([url]) => !isProtected(url) && url !== DESTINATION),
  );
  expect(unrelatedAfter).toEqual(scenario.unrelatedBefore);
}
