/**
 * Time to safety: from the click on the exit button to the moment the
 * destination tab is active and no protected tab is left. Tab closing is seen
 * through the DevTools protocol; the destination's activation through the time
 * Chromium stamps on it (`lastAccessed`). Warm, and with the service worker
 * stopped first (the browser then has to start it to answer).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { stopServiceWorkers } from '../tests/e2e/browser-state';
import { test } from '../tests/e2e/fixtures';
import { clickExitButton, BUTTON_HOST } from '../tests/e2e/page-checks';
import { DESTINATION, PROTECTED, serveFakeSites, UNRELATED } from '../tests/e2e/sites';
import { summarise, writeSection } from './results-file';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

async function openSupportTabs(context: BrowserContext): Promise<Page[]> {
  const pages: Page[] = [];
  for (const url of [PROTECTED.domesticAbuse, PROTECTED.stalkingHelpline]) {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(BUTTON_HOST).waitFor({ state: 'attached' });
    pages.push(page);
  }
  return pages;
}

/** Milliseconds from the click until every support tab has closed and the destination is open. */
async function timeOneExit(context: BrowserContext, coldWorker: boolean): Promise<number> {
  const support = await openSupportTabs(context);
  const from = support.at(-1)!;
  await from.bringToFront();
  if (coldWorker) await stopServiceWorkers(from);

  const closed = support.map((page) => new Promise<number>((done) => page.once('close', () => done(Date.now()))));
  const start = Date.now();
  await clickExitButton(from);
  const closedAt = await Promise.all(closed);
  // Tabs the extension opens are not Playwright pages; Chromium stamps a tab when it becomes active.
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const openedAt = await sw.evaluate(async (url) => {
    for (;;) {
      const tab = (await chrome.tabs.query({ active: true })).find((t) => (t.pendingUrl || t.url) === url);
      if (tab?.lastAccessed) return tab.lastAccessed;
      await new Promise((r) => setTimeout(r, 5));
    }
  }, DESTINATION);
  const elapsed = Math.max(openedAt, ...closedAt) - start;
  await sw.evaluate(async (url) => {
    const tabs = (await chrome.tabs.query({})).filter((t) => (t.pendingUrl || t.url) === url);
    await chrome.tabs.remove(tabs.map((t) => t.id!));
  }, DESTINATION);
  return elapsed;
}

test('time to safety', async ({ context }) => {
  await serveFakeSites(context);
  const keep = await context.newPage();
  await keep.goto(UNRELATED.news);
  const warm: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await timeOneExit(context, false));
  for (let i = 0; i < RUNS; i++) cold.push(await timeOneExit(context, true));

  const row = (name: string, values: number[]) => {
    const { median, min, max } = summarise(values);
    return `| ${name} | ${median.toFixed(0)} | ${min.toFixed(0)} | ${max.toFixed(0)} |`;
  };
  writeSection(
    'Time to safety (click to destination open, support tabs closed)',
    [
      `${RUNS} exits each, two support tabs open, Chromium headless. From the mouse click to the later of: the`,
      'DevTools event for the last support tab closing, and the time Chromium stamps on the destination tab',
      'when it becomes active. Includes the input dispatch from the test process (a few ms).',
      '',
      '| service worker | median ms | min ms | max ms |',
      '| --- | --- | --- | --- |',
      row('running (warm)', warm),
      row('stopped first (cold start)', cold),
    ].join('\n'),
  );
});
