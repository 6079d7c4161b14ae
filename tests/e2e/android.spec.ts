/**
 * Firefox for Android gives extensions no keyboard shortcuts, history, sessions
 * or downloads. No Android browser runs here, so the extension's pages are shown
 * the platform Android reports (`runtime.getPlatformInfo().os === 'android'`),
 * and must then say what Quick Exit can still do, what to clear by hand, and
 * offer no setting that cannot apply.
 */
import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from './axe';

async function asAndroid(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const runtime = (globalThis as { chrome?: { runtime?: { getPlatformInfo?: unknown } } }).chrome?.runtime;
    if (runtime) runtime.getPlatformInfo = () => Promise.resolve({ os: 'android', arch: 'arm', nacl_arch: 'arm' });
  });
}

test.describe('on Firefox for Android', () => {
  test('the settings say what Quick Exit can do there and hide what cannot apply', async ({ context, extensionId }) => {
    await asAndroid(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { name: 'On Firefox for Android' })).toBeVisible();
    await expect(page.getByText('Firefox for Android does not let extensions remove history')).toBeVisible();
    await expect(page.getByLabel('The "Exit this page" button on support sites')).toBeVisible();
    await expect(page.getByLabel('Cookies and site data of support sites', { exact: false })).toBeVisible();
    for (const gone of ['Pressing Shift three times on support sites', 'The browser shortcut', 'Discreet mode'])
      await expect(page.getByLabel(gone, { exact: false })).toHaveCount(0);
    await expect(page.getByLabel('History, "Recently closed" and the back button')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the popup, guide and first-run page say it too; the first-run page offers no keyboard ways', async ({
    context,
    extensionId,
  }) => {
    await asAndroid(context);
    const page = await context.newPage();
    for (const name of ['popup', 'guide', 'first-run']) {
      await page.goto(`chrome-extension://${extensionId}/${name}.html`);
      await expect(page.getByRole('heading', { name: 'On Firefox for Android' }), name).toBeVisible();
      expect(await axeViolations(page), name).toEqual([]);
    }
    await expect(page.getByRole('heading', { name: 'Or press Shift three times' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Or use the shortcut, on any page' })).toHaveCount(0);
  });

  test('elsewhere the pages show no Android notice', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByLabel('The browser shortcut')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'On Firefox for Android' })).toHaveCount(0);
  });
});
