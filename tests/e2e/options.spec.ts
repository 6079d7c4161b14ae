import type { Worker } from '@playwright/test';
import { afterRestart, test, expect } from './fixtures';
import { axeViolations } from './axe';
import { tabs } from './browser-state';
import { BUTTON_HOST, clickExitButton } from './page-checks';
import { PROTECTED, serveFakeSites, UNRELATED } from './sites';

test.describe('settings', () => {
  test('refuse an unusable destination with a message, and the next exit uses a valid one', async ({
    context,
    sw,
    extensionId,
  }) => {
    await serveFakeSites(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const field = options.getByLabel('Exit destination (a web address)');
    await expect(field).toHaveValue('https://www.bbc.co.uk/weather');

    for (const [typed, message] of [
      ['javascript:alert(1)', 'Only ordinary web pages'],
      ['data:text/html,hi', 'Only ordinary web pages'],
      [`chrome-extension://${extensionId}/popup.html`, 'Only ordinary web pages'],
      ['weather', 'not a web address'],
      [PROTECTED.domesticAbuse, 'support site'],
    ]) {
      await field.fill(typed!);
      await options.getByRole('button', { name: 'Save' }).click();
      await expect(options.getByRole('alert')).toContainText(message!);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    expect(await sw.evaluate(() => chrome.storage.local.get('destination'))).toEqual({});

    await field.fill(UNRELATED.recipes);
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByText(`Saved. The next exit goes to ${UNRELATED.recipes}`)).toBeVisible();
    await expect(options.getByRole('alert')).toHaveCount(0);

    const page = await context.newPage();
    await page.goto(PROTECTED.stalkingHelpline);
    await clickExitButton(page);
    await expect.poll(async () => (await tabs(sw)).find((t) => t.active)?.url).toBe(UNRELATED.recipes);
  });

  test("the browser's new tab page as the destination", async ({ context, sw, extensionId }) => {
    await serveFakeSites(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('button', { name: 'The browser’s new tab page' }).click();
    await expect(options.getByText('Saved. The next exit opens the browser’s new tab page.')).toBeVisible();
    expect(await sw.evaluate(() => chrome.storage.local.get('destination'))).toEqual({ destination: { newTab: true } });

    const page = await context.newPage();
    await page.goto(PROTECTED.stalkingHelpline);
    await clickExitButton(page);
    await expect
      .poll(async () => (await tabs(sw)).find((t) => t.active)?.url)
      .toMatch(/^chrome:\/\/(newtab|new-tab-page(-third-party)?)\//);
    // The destination opens first; the support tab closes right after.
    await expect.poll(async () => (await tabs(sw)).some((t) => t.url === PROTECTED.stalkingHelpline)).toBe(false);
  });

  test('store what the exit removes, and pass axe', async ({ context, sw, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const siteData = options.getByLabel(/Cookies and site data/);
    await expect(siteData).toBeChecked();
    await siteData.uncheck();
    await expect(options.getByRole('region', { name: 'What the exit removes' }).getByText('Saved.')).toBeVisible();
    expect((await sw.evaluate(() => chrome.storage.local.get('cleanSettings'))).cleanSettings).toEqual({
      history: true,
      searches: true,
      siteData: false,
      downloads: true,
    });
    await options.reload();
    await expect(options.getByLabel(/Cookies and site data/)).not.toBeChecked();
    expect(await axeViolations(options)).toEqual([]);
  });

  test('are reached from the popup', async ({ context, sw, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('link', { name: /^Settings/ }).click();
    await expect
      .poll(async () => (await tabs(sw)).map((t) => t.url))
      .toContain(`chrome-extension://${extensionId}/options.html`);
  });

  test('switch the button and Shift x3 off and on', async ({ context, sw, extensionId }) => {
    await serveFakeSites(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel(/The "Exit this page" button/).uncheck();
    await expect(options.getByRole('region', { name: 'Ways to leave' }).getByText('Saved.')).toBeVisible();

    const page = await context.newPage();
    await page.goto(PROTECTED.stalkingHelpline);
    await page.waitForTimeout(500);
    await expect(page.locator(BUTTON_HOST)).toHaveCount(0);

    await options.getByLabel(/Pressing Shift three times/).uncheck();
    await page.reload();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForTimeout(1000);
    expect((await tabs(sw)).some((t) => t.url === PROTECTED.stalkingHelpline)).toBe(true);

    await options.getByLabel(/Pressing Shift three times/).check();
    await options.getByLabel(/The "Exit this page" button/).check();
    await page.reload();
    await expect(page.locator(BUTTON_HOST)).toHaveCount(1);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift').catch(() => undefined);
    await expect.poll(async () => (await tabs(sw)).some((t) => t.url === PROTECTED.stalkingHelpline)).toBe(false);
  });
});

test.describe('discreet mode', () => {
  /** Records the icons the background sets, and whether Chromium accepted them (it refuses an icon it cannot load). */
  const recordIcons = (sw: Worker) =>
    sw.evaluate(() => {
      const calls: { path: unknown; ok?: boolean }[] = [];
      (globalThis as unknown as { iconCalls: typeof calls }).iconCalls = calls;
      const original = chrome.action.setIcon.bind(chrome.action);
      chrome.action.setIcon = ((details: chrome.action.TabIconDetails) => {
        const call: (typeof calls)[number] = { path: details.path };
        calls.push(call);
        return original(details).then(
          () => void (call.ok = true),
          () => void (call.ok = false),
        );
      }) as typeof chrome.action.setIcon;
    });
  const iconCalls = (sw: Worker) =>
    sw.evaluate(() => (globalThis as unknown as { iconCalls: { path: unknown; ok?: boolean }[] }).iconCalls);
  const title = (sw: Worker) => sw.evaluate(() => chrome.action.getTitle({}));

  test('changes the toolbar icon and title, keeps them after a browser restart, and changes back', async ({
    context,
    sw,
    extensionId,
    profileDir,
  }) => {
    expect(await title(sw)).toBe('Quick Exit');
    await recordIcons(sw);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel(/Discreet mode/).check();
    await expect.poll(() => title(sw)).toBe('Tools');
    await expect
      .poll(() => iconCalls(sw))
      .toEqual([
        { path: { 16: '/icon-discreet/16.png', 32: '/icon-discreet/32.png', 48: '/icon-discreet/48.png' }, ok: true },
      ]);
    expect(await sw.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    await afterRestart(context, profileDir, async (restarted, sw2) => {
      await expect.poll(() => title(sw2)).toBe('Tools');
      await recordIcons(sw2);
      // The settings page was open when the browser closed, and the extension's pages count as
      // support pages: the start's clean closes such tabs once the restored ones have settled.
      // Opened before that clean has run, the page would be closed under the test.
      const cleanDue = () => sw2.evaluate(async () => (await chrome.storage.local.get('cleanDue')).cleanDue);
      await expect.poll(cleanDue, { timeout: 20_000 }).toBeUndefined();
      const again = await restarted.newPage();
      await again.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(again.getByLabel(/Discreet mode/)).toBeChecked();
      await again.getByLabel(/Discreet mode/).uncheck();
      await expect.poll(() => title(sw2)).toBe('Quick Exit');
      await expect
        .poll(() => iconCalls(sw2))
        .toEqual([{ path: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png' }, ok: true }]);
    });
  });
});
