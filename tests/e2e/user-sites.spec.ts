/**
 * Sites the person adds from the popup. Asking for a site's access opens a
 * browser dialog: headed (under xvfb), accepted with a real key press.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { afterRestart, test, expect } from './fixtures';
import { axeViolations } from './axe';
import { history, tabs } from './browser-state';
import { BUTTON_HOST, clickExitButton } from './page-checks';
import { clickAndAllow, clickAndDeny } from './permission-dialog';
import { popupForSite } from './popup-for-site';
import { PROTECTED, serveFakeSites, UNRELATED } from './sites';

const LOCAL_SERVICE = 'https://my-local-refuge.example/help';
const LOCAL_HOST = 'my-local-refuge.example';

test.use({ headed: true });

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
  await expect(site.locator(BUTTON_HOST)).toHaveCount(0);

  const popup = await popupForSite(context, sw, extensionId, LOCAL_SERVICE);
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
  await expect(site.locator(BUTTON_HOST)).toHaveCount(1);
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
  await expect(again.locator(BUTTON_HOST)).toHaveCount(0);
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
  const popup = await popupForSite(context, sw, extensionId, LOCAL_SERVICE);
  await clickAndAllow(popup, () => popup.getByRole('button', { name: 'Add this site to Quick Exit' }).click());
  await expect(popup.getByRole('status').filter({ hasText: 'Added.' })).toBeVisible();
  // Lose the browser's copy of the registration: only the stored state is left to rebuild it from.
  await sw.evaluate(() => chrome.scripting.unregisterContentScripts());
  await afterRestart(context, profileDir, async (restarted, sw2) => {
    await serveFakeSites(restarted);
    await expect.poll(() => registeredMatches(sw2)).toEqual([`*://${LOCAL_HOST}/*`]);
    const page = await restarted.newPage();
    await page.goto(LOCAL_SERVICE);
    await expect(page.locator(BUTTON_HOST)).toHaveCount(1);
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
  const popupOnListed = await popupForSite(context, sw, extensionId, PROTECTED.stalkingHelpline);
  await expect(popupOnListed.getByRole('status').filter({ hasText: 'Quick Exit protects' })).toContainText(
    'www.suzylamplugh.org',
  );
  await expect(popupOnListed.getByRole('button', { name: 'Add this site to Quick Exit' })).toHaveCount(0);
  await popupOnListed.close();

  const site = await context.newPage();
  await site.goto(LOCAL_SERVICE);
  const popup = await popupForSite(context, sw, extensionId, LOCAL_SERVICE);
  await clickAndDeny(popup, () => popup.getByRole('button', { name: 'Add this site to Quick Exit' }).click());
  await expect(popup.getByRole('status').filter({ hasText: 'Not added' })).toBeVisible();
  expect(await hasAccess(sw)).toBe(false);
  expect(await registeredMatches(sw)).toEqual([]);
});

test('the offer says what clearing cookies reaches before asking; a large platform cannot be added, and a site on one keeps the platform’s cookies', async ({
  context,
  sw,
  extensionId,
}) => {
  await serveFakeSites(context);

  // Chromium clears cookies for the whole registrable domain: said before the browser asks.
  const forum = await context.newPage();
  await forum.goto('https://forum.example.com/help');
  const onForum = await popupForSite(context, sw, extensionId, 'https://forum.example.com/help');
  await expect(onForum.getByText('The exit also clears cookies for all of example.com')).toBeVisible();
  await expect(onForum.getByRole('button', { name: 'Add this site to Quick Exit' })).toBeVisible();
  expect(await axeViolations(onForum)).toEqual([]);
  await onForum.close();

  // One host, everybody's groups: no offer at all.
  const group = 'https://www.facebook.com/groups/a-support-group';
  const groupPage = await context.newPage();
  await groupPage.goto(group);
  const onGroup = await popupForSite(context, sw, extensionId, group);
  await expect(onGroup.getByText('www.facebook.com is a large platform shared by many people')).toBeVisible();
  await expect(onGroup.getByRole('button', { name: 'Add this site to Quick Exit' })).toHaveCount(0);
  await onGroup.close();

  // A person's own site on a platform: added, cleaned from history, the platform's cookies kept.
  const blog = 'https://a-support-group.wordpress.com/';
  await context.addCookies([
    { name: 'platform-sign-in', value: '1', domain: '.wordpress.com', path: '/' },
    { name: 'blog', value: '1', url: blog },
    { name: 'helpline', value: '1', url: PROTECTED.domesticAbuse },
  ]);
  const blogPage = await context.newPage();
  await blogPage.goto(blog);
  const onBlog = await popupForSite(context, sw, extensionId, blog);
  await expect(onBlog.getByText('This site is on wordpress.com, which holds many people’s sites')).toBeVisible();
  await clickAndAllow(onBlog, () => onBlog.getByRole('button', { name: 'Add this site to Quick Exit' }).click());
  await expect(onBlog.getByRole('status').filter({ hasText: 'Added.' })).toContainText('a-support-group.wordpress.com');
  await onBlog.close();

  await blogPage.reload();
  await clickExitButton(blogPage);
  await expect
    .poll(async () => Object.keys(await history(sw)).filter((url) => url.includes('a-support-group.wordpress.com')))
    .toEqual([]);
  // The clean ran (a built-in site's cookie is gone), and kept every wordpress.com cookie.
  await expect.poll(async () => (await context.cookies(PROTECTED.domesticAbuse)).map((c) => c.name)).toEqual([]);
  expect((await context.cookies(blog)).map((c) => c.name).sort()).toEqual(['blog', 'platform-sign-in']);
});
