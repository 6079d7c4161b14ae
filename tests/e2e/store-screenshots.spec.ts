/**
 * The store screenshots (docs/store/), taken from the real built extension at
 * the 1280x800 the Chrome Web Store asks for. Each is checked before it is saved:
 * a screenshot of a broken page must not reach a store listing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEMO_BASE, serveDemoSite } from '../../demo-site/serve.mjs';
import { test, expect } from './fixtures';
import { exitButtonBox } from './page-checks';

const SIZE = { width: 1280, height: 800 };

/** Width and height from a PNG's header. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function save(page: Page, name: string): Promise<void> {
  const path = `docs/store/${name}.png`;
  await page.screenshot({ path });
  expect(pngSize(path)).toEqual(SIZE);
}

/** The popup is 380 px wide: shown in the middle of a store-sized frame. */
async function centred(page: Page): Promise<void> {
  await page.addStyleTag({ content: 'html { background: #f3f2f1; } body { margin: 0 auto; background: #fff; }' });
}

test('store screenshots: the button on a support site, the popup, the settings, the first steps', async ({
  context,
  extensionId,
}) => {
  await serveDemoSite(context);
  const site = await context.newPage();
  await site.setViewportSize(SIZE);
  await site.goto(DEMO_BASE);
  const box = await exitButtonBox(site);
  expect(box.y).toBeLessThan(80);
  await save(site, '1-exit-button');

  const popup = await context.newPage();
  await popup.setViewportSize(SIZE);
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Find help' })).toBeVisible();
  await centred(popup);
  await save(popup, '2-helplines');

  const options = await context.newPage();
  await options.setViewportSize(SIZE);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByLabel('Exit destination (a web address)')).toHaveValue(/^https:/);
  await save(options, '3-settings');

  const firstRun = await context.newPage();
  await firstRun.setViewportSize(SIZE);
  await firstRun.goto(`chrome-extension://${extensionId}/first-run.html`);
  await expect(firstRun.locator('ol.steps > li')).toHaveCount(3);
  await save(firstRun, '4-first-steps');
});
