/**
 * `npm start`: opens Chromium with the built extension on a demo support page
 * served from this folder (under a protected address, so the extension treats
 * it like the real site). Without a display it takes a screenshot instead.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_BASE, serveDemoSite } from './serve.mjs';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const DEMO_URL = DEMO_BASE + 'index.html';
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'quick-exit-demo-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: !headed,
  viewport: null,
  args: [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-first-run',
    '--disable-sync',
  ],
});
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
  console.log(`No display here, so the demo ran headless: the page with its exit button is in ${file}`);
  await context.close();
}
