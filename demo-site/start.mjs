/**
 * `npm start`: opens Chromium with the built extension on a demo support page
 * served from this folder (under a protected address, so the extension treats
 * it like the real site). Without a display it takes a screenshot instead.
 * Every failure ends in one plain message and exit code 1.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../scripts/setup/find-browser.mjs';
import { DEMO_BASE, serveDemoSite } from './serve.mjs';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const DEMO_URL = DEMO_BASE + 'index.html';
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function stop(message) {
  console.error(message);
  process.exit(1);
}

let executablePath;
try {
  executablePath = chromiumPath();
} catch (error) {
  stop(error.message);
}

const context = await chromium
  .launchPersistentContext(mkdtempSync(join(tmpdir(), 'quick-exit-demo-')), {
    executablePath,
    headless: !headed,
    viewport: null,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-sync',
    ],
  })
  // Playwright's own message is a page of log; its first line says what went wrong.
  .catch((error) => stop(`Chromium (${executablePath}) did not start: ${String(error.message).split('\n')[0]}`));
await serveDemoSite(context);

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(DEMO_URL);
// Quick Exit opens its first-run page after install; the demo page stays in front, the steps in the next tab.
if (context.pages().length < 2) await context.waitForEvent('page', { timeout: 3000 }).catch(() => undefined);
await page.bringToFront();

if (headed) {
  console.log(`Quick Exit demo: ${DEMO_URL} (served locally). Close the browser window to stop.`);
  await new Promise((done) => context.on('close', done));
} else {
  // The button's element name changes with every page load; only its prefix is fixed.
  await page.locator('xpath=//*[starts-with(local-name(), "qe-button-")]').waitFor({ state: 'attached' });
  await page.setViewportSize({ width: 1000, height: 700 });
  const file = resolve('demo-screenshot.png');
  await page.screenshot({ path: file });
  console.log(
    `No display here, so the demo ran headless: the page with its exit button is in ${file}. ` +
      'To click through it, run `npm start` in a desktop session (or with DISPLAY set), ' +
      'or load .output/chrome-mv3 into a Chromium on a machine with a screen (README, "Install it").',
  );
  await context.close();
}
