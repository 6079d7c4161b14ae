/**
 * "Check this browser". The optional `management` permission opens a browser
 * dialog that never resolves in headless Chromium: these tests run headed (under
 * xvfb) and accept it with a real key press, as a person would.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from './axe';
import { clickAndAllow } from './permission-dialog';

const hasManagement = (sw: Worker) => sw.evaluate(() => chrome.permissions.contains({ permissions: ['management'] }));

function runCheck(page: Page): Promise<void> {
  return clickAndAllow(page, () => page.getByRole('button', { name: 'Check this browser' }).click());
}

test.use({ headed: true });

test.describe('with an extension that could watch', () => {
  test.use({ otherExtensions: ['tests/e2e/watcher-extension'] });

  test('lists it with what each permission lets it see, asks for management only on the click, and gives it back', async ({
    context,
    sw,
    extensionId,
  }) => {
    expect(process.env.DISPLAY, 'needs an X display: run under xvfb-run').toBeTruthy();
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/check.html`);
    expect(await hasManagement(sw)).toBe(false);

    await runCheck(page);

    const watcher = page.getByRole('region', { name: 'Test watcher with broad permissions' });
    await expect(watcher).toBeVisible({ timeout: 15_000 });
    for (const text of [
      'every website you visit',
      'every page you have visited',
      'every page open in your tabs',
      'cookies that keep you signed in',
      'everything your browser loads',
      'through another computer',
      'Can read what you copy',
      'full control of any page',
      'developer mode',
      'Switched on.',
    ]) {
      await expect(watcher).toContainText(text);
    }
    await expect(watcher).not.toContainText('Quick Exit');
    await expect(page.getByText(/not\s+allowed in private/)).toBeVisible();
    await expect.poll(() => hasManagement(sw)).toBe(false);

    expect(await axeViolations(page)).toEqual([]);
    const stored = await sw.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).not.toContain('watcher');
  });
});

test('says so when no other extension could watch', async ({ context, sw, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/check.html`);
  await runCheck(page);
  await expect(page.getByText('No other extension in this browser has the broad permissions')).toBeVisible({
    timeout: 15_000,
  });
  await expect.poll(() => hasManagement(sw)).toBe(false);
});

test('is reached from the popup', async ({ context, sw, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('link', { name: 'Check this browser for extensions that could watch you' }).click();
  await expect
    .poll(async () => (await sw.evaluate(() => chrome.tabs.query({}))).map((t) => t.url))
    .toContain(`chrome-extension://${extensionId}/check.html`);
});
