/**
 * Sites the person adds from the popup. Asking for a site's access opens a
 * browser dialog: headed (under xvfb), accepted with a real key press.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { afterRestart, test, expect } from './fixtures';
import { axeViolations } from './axe';
import { history, tabs } from './browser-state';
import { clickExitButton } from './page-checks';
import { clickAndAllow, clickAndDeny } from './permission-dialog';
import { PROTECTED, serveFakeSites, UNRELATED } from './sites';

const LOCAL_SERVICE = 'https://my-local-refuge.example/help';
const LOCAL_HOST = 'my-local-refuge.example';

test.use({ headed: true });

/** The popup, opened in a tab by the site's tab (automation cannot open the toolbar popup and reach it). */
async function openPopupFor(context: BrowserContext, sw: Worker, extensionId: string, siteUrl: string): Promise<Page> {
  const opened = context.waitForEvent('page');
  await sw.evaluate(
    async ({ site, popup }) => {
      const [tab] = await chrome.tabs.query({ url: site });
      await chrome.tabs.create({ url: popup, openerTabId: tab!.id! });
    },
    { site: siteUrl, popup: `chrome-extension://${extensionId}/popup.html` },
  );
  return opened;
}

const registeredMatches = (sw: Worker) =>
  sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));
const hasAccess = (sw: Worker) =>
  sw.evaluate((host) => chrome.permissions.contains({ origins: [`*://${host}/*`] }), LOCAL_HOST);

test('add a site from the popup: button after reload, cleaned by the exit, stored without its name, removed again', async ({
  context,
  sw,
  extensionId,
}) => {
  await serveFakeSites(context);
  const site = await context.newPage();
  await site.goto(UNRELATED.news);
  await site.goto(LOCAL_SERVICE);
  await expect(site.locator('quick-exit-button')).toHaveCount(0);

  const popup = await openPopupFor(context, sw, extensionId, LOCAL_SERVICE);
  await expect(popup.getByRole('button', { name: 'Add this site to Quick Exit' })).toBeVisible();
  expect(await axeViolations(popup)).toEqual([]);
  await clickAndAllow(popup, () => popup.getByRole('button', { name: 'Add this site to Quick Exit' }).click());
  await expect(popup.getByRole('status').filter({ hasText: 'Added.' })).toContainText(LOCAL_HOST);
  expect(await hasAccess(sw)).toBe(true);
  expect(await registeredMatches(sw)).toEqual([`*://${LOCAL_HOST}/*`]);
  const stored = JSON.stringify(await sw.evaluate(() => chrome.storage.local.get(null)));
  expect(stored).toContain('userSites');
  expect(stored).not.toContain('my-local-refuge');
  await popup.close();

  await site.reload();
  await expect(site.locator('quick-exit-button')).toHaveCount(1);
  expect(Object.keys(await history(sw)).some((url) => url.includes(LOCAL_HOST))).toBe(true);
  await clickExitButton(site);
  await expect.poll(async () => (await tabs(sw)).some((t) => t.url.includes(LOCAL_HOST))).toBe(false);
  await expect.poll(async () => Object.keys(await history(sw)).filter((url) => url.includes(LOCAL_HOST))).toEqual([]);
  expect(Object.keys(await history(sw))).toContain(UNRELATED.news);

  // Removing it: listed only after a click, then access and the button are gone.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByText(LOCAL_HOST)).toHaveCount(0);
  await options.getByRole('button', { name: 'Show the sites I added' }).click();
  await expect(options.getByRole('listitem').filter({ hasText: LOCAL_HOST })).toBeVisible();
  expect(await axeViolations(options)).toEqual([]);
  await options.getByRole('button', { name: `Remove ${LOCAL_HOST}` }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Removed' })).toContainText(LOCAL_HOST);
  expect(await hasAccess(sw)).toBe(false);
  expect(await registeredMatches(sw)).toEqual([]);
  const again = await context.newPage();
  await again.goto(LOCAL_SERVICE);
  await again.waitForTimeout(500);
  await expect(again.locator('quick-exit-button')).toHaveCount(0);
});

test('after a browser restart the registration is rebuilt from stored state', async ({
  context,
  sw,
  extensionId,
  profileDir,
}) => {
  await serveFakeSites(context);
  const site = await context.newPage();
  await site.goto(LOCAL_SERVICE);
  const popup = await openPopupFor(context, sw, extensionId, LOCAL_SERVICE);
  await clickAndAllow(popup, () => popup.getByRole('button', { name: 'Add this site to Quick Exit' }).click());
  await expect(popup.getByRole('status').filter({ hasText: 'Added.' })).toBeVisible();
  // Lose the browser's copy of the registration: only the stored state is left to rebuild it from.
  await sw.evaluate(() => chrome.scripting.unregisterContentScripts());
  await afterRestart(context, profileDir, async (restarted, sw2) => {
    await serveFakeSites(restarted);
    await expect.poll(() => registeredMatches(sw2)).toEqual([`*://${LOCAL_HOST}/*`]);
    const page = await restarted.newPage();
    await page.goto(LOCAL_SERVICE);
    await expect(page.locator('quick-exit-button')).toHaveCount(1);
  });
});

test('the popup does not offer a protected site, and refusing the dialog adds nothing', async ({
  context,
  sw,
  extensionId,
}) => {
  await serveFakeSites(context);
  const listed = await context.newPage();
  await listed.goto(PROTECTED.stalkingHelpline);
  const popupOnListed = await openPopupFor(context, sw, extensionId, PROTECTED.stalkingHelpline);
  await expect(popupOnListed.getByRole('status').filter({ hasText: 'Quick Exit protects' })).toContainText(
    'www.suzylamplugh.org',
  );
  await expect(popupOnListed.getByRole('button', { name: 'Add this site to Quick Exit' })).toHaveCount(0);
  await popupOnListed.close();

  const site = await context.newPage();
  await site.goto(LOCAL_SERVICE);
  const popup = await openPopupFor(context, sw, extensionId, LOCAL_SERVICE);
  await clickAndDeny(popup, () => popup.getByRole('button', { name: 'Add this site to Quick Exit' }).click());
  await expect(popup.getByRole('status').filter({ hasText: 'Not added' })).toBeVisible();
  expect(await hasAccess(sw)).toBe(false);
  expect(await registeredMatches(sw)).toEqual([]);
});
