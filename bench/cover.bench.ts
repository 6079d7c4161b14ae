/**
 * Time to cover: from the input event to the first frame in which the support
 * page is no longer visible, for Quick Exit and for GOV.UK's own "Exit this page"
 * component (govuk-frontend, used only here) on the same page. The page is served
 * at a protected address (Quick Exit takes over the component's button) and at an
 * unrelated one (the component works alone).
 */
import type { Page } from '@playwright/test';
import { test } from '../tests/e2e/fixtures';
import { DESTINATION, PROTECTED, UNRELATED } from '../tests/e2e/sites';
import { GOVUK_VERSION, serveGovukExitPage } from './govuk-exit-page';
import { summarise, writeSection } from './results-file';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
/**
 * The page watches its own frames from the press (pointerdown): Quick Exit starts
 * a mouse exit on the press, GOV.UK's component on the click after the release,
 * and the person's input begins with the press. Registered as an init script, which the browser runs as the
 * page's context is created, before any extension's document_start script: on a
 * protected page Quick Exit holds back the press and release aimed at a site's
 * exit control, so a listener the page registers later would never hear them.
 */
const WATCH_FRAMES = `
  const hidden = () =>
    getComputedStyle(document.documentElement).visibility === 'hidden' ||
    document.body.classList.contains('govuk-exit-this-page-hide-content');
  window.addEventListener('pointerdown', (event) => {
    let frames = 0;
    const tick = () => {
      frames++;
      if (hidden()) console.log('covered ' + JSON.stringify({ frames, ms: performance.now() - event.timeStamp }));
      else if (frames < 120) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, true);`;
const respond = serveGovukExitPage(DESTINATION);

/** One click; undefined when no frame was reported (the tab closed first), counted as a miss. */
async function timeCover(page: Page, url: string): Promise<{ frames: number; ms: number } | undefined> {
  await page.goto(url);
  const covered = new Promise<{ frames: number; ms: number }>((resolve) =>
    page.on('console', (m) => m.text().startsWith('covered ') && resolve(JSON.parse(m.text().slice(8)))),
  );
  await page.locator('.govuk-exit-this-page__button').click({ noWaitAfter: true });
  return Promise.race([covered, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5000))]);
}

test('time to cover: Quick Exit and GOV.UK’s component', async ({ context }) => {
  await context.route(/^https?:\/\//, (route) => route.fulfill(respond(new URL(route.request().url()))));
  await context.addInitScript(WATCH_FRAMES);
  const ours: { frames: number; ms: number }[] = [];
  const theirs: { frames: number; ms: number }[] = [];
  let misses = 0;
  for (let i = 0; i < RUNS; i++) {
    const mine = await timeCover(await context.newPage(), PROTECTED.stalkingHelpline);
    const page = await context.newPage();
    const other = await timeCover(page, UNRELATED.news);
    await page.close().catch(() => undefined);
    if (mine) ours.push(mine);
    if (other) theirs.push(other);
    misses += Number(!mine) + Number(!other);
  }
  const row = (name: string, values: { frames: number; ms: number }[]) => {
    const ms = summarise(values.map((v) => v.ms));
    const frames = summarise(values.map((v) => v.frames));
    return {
      text: `| ${name} | ${frames.median} (${frames.min}–${frames.max}) | ${ms.median.toFixed(1)} (${ms.min.toFixed(1)}–${ms.max.toFixed(1)}) |`,
      ms,
    };
  };
  const a = row('Quick Exit (takes over the component’s button)', ours);
  const b = row(`GOV.UK component alone (govuk-frontend ${GOVUK_VERSION})`, theirs);
  writeSection(
    'Time to cover',
    [
      `${RUNS} clicks each on the same page carrying GOV.UK's "Exit this page" component, Chromium headless. From`,
      'the press (pointerdown; Playwright releases at once, and the click follows the release) to the first',
      'animation frame in which the page is hidden: frames counted, and milliseconds to that frame.',
      '',
      '| | frames, median (min–max) | ms, median (min–max) |',
      '| --- | --- | --- |',
      a.text,
      b.text,
      '',
      `Ours / theirs (median ms): ${(a.ms.median / b.ms.median).toFixed(2)}.${misses ? ` ${misses} clicks reported no frame (left out).` : ''}`,
    ].join('\n'),
  );
});
