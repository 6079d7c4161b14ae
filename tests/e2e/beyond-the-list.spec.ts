/**
 * Beyond the catalogue: an unlisted page that shows a quick-exit control of its
 * own. The person opens the popup there (the toolbar action, triggered through
 * the DevTools protocol exactly as a click would: it gives the browser's
 * activeTab grant) and the popup offers "Add this site" first. The page is not
 * changed, nothing is stored, and the browser's own rule (declarativeContent)
 * that marks the toolbar icon is in place, and gone in discreet mode.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { afterRestart, test, expect } from './fixtures';
import { axeViolations } from './axe';
import { BUTTON_HOST } from './page-checks';
import { popupForSite } from './popup-for-site';
import { page as sitePage, serveFakeSites } from './sites';

const GOVUK_COMPONENT = 'https://local-support-group.example/help';
const WORDS_ONLY = 'https://survivors-network.example/talk';
const ORDINARY = 'https://recipes.example.net/soup';
/** A GOV.UK page the catalogue does not list, with GOV.UK's component as every such page has. */
const GOVUK_UNLISTED = 'https://www.gov.uk/guidance/a-page-not-in-the-catalogue';

const COMPONENT = `<div class="govuk-exit-this-page" data-module="govuk-exit-this-page">
  <a href="https://www.bbc.co.uk/weather" class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" role="button">Exit this page</a>
</div>`;

const PAGES = {
  [GOVUK_COMPONENT]: sitePage('Local support group', COMPONENT),
  [GOVUK_UNLISTED]: sitePage('Some guidance', COMPONENT),
  // Named only by its words: the popup's check finds it, the browser's simple selectors do not.
  [WORDS_ONLY]: sitePage(
    'Survivors network',
    `<button type="button" onclick="location.replace('https://www.bbc.co.uk/weather')">Leave this site now</button>`,
  ),
};

// The DevTools protocol's Extensions domain answers only with this switch (over Playwright's pipe).
test.use({ browserArgs: ['--enable-unsafe-extension-debugging'] });

/** Opens the toolbar popup on the site's tab as a click would, which grants activeTab there. */
async function clickToolbarButton(context: BrowserContext, site: Page, extensionId: string): Promise<void> {
  await site.bringToFront();
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((target) => target.url === site.url());
  if (!tab) throw new Error(`No tab target for ${site.url()}`);
  await cdp.send(
    'Extensions.triggerAction' as 'Target.getTargets',
    { id: extensionId, targetId: tab.targetId } as never,
  );
  await cdp.detach();
}

/**
 * The site in a new tab, then the popup for it (in a tab the test can read);
 * `click`: the toolbar button pressed first on the site's tab, whose activeTab
 * grant holds for the popup opened after it.
 */
async function openSiteAndPopup(
  { context, sw, extensionId }: { context: BrowserContext; sw: Worker; extensionId: string },
  url: string,
  { click }: { click: boolean },
): Promise<{ site: Page; popup: Page }> {
  await serveFakeSites(context, PAGES);
  const site = await context.newPage();
  await site.goto(url);
  if (click) await clickToolbarButton(context, site, extensionId);
  return { site, popup: await popupForSite(context, sw, extensionId, url) };
}

/**
 * What the extension keeps, less `cleanDue`: the automatic clean's flag while one
 * of its own pages is open in a tab, as the popup is here for the test.
 */
const storedState = (sw: Worker) =>
  sw.evaluate(async () => {
    const { cleanDue: _, ...stored } = await chrome.storage.local.get(null);
    return JSON.stringify(stored);
  });

/** The popup's section headings in reading order. */
const headings = (popup: Page) => popup.locator('main h1, main h2').allTextContents();

for (const url of [GOVUK_COMPONENT, WORDS_ONLY]) {
  test(`an unlisted page with its own quick-exit control: the popup offers to add it first (${new URL(url).host})`, async ({
    context,
    sw,
    extensionId,
  }) => {
    await serveFakeSites(context, PAGES);
    const site = await context.newPage();
    await site.goto(url);
    await expect(site.locator(BUTTON_HOST)).toHaveCount(0);
    const pageBefore = await site.content();
    const storedBefore = await storedState(sw);

    await clickToolbarButton(context, site, extensionId);
    const popup = await popupForSite(context, sw, extensionId, url);
    await expect(popup.getByRole('heading', { name: 'This looks like a support site' })).toBeVisible();
    expect((await headings(popup))[0]).toBe('This looks like a support site');
    await expect(popup.getByText(`${new URL(url).host} has a quick-exit button of its own`)).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Add this site to Quick Exit' })).toBeVisible();
    expect(await axeViolations(popup)).toEqual([]);

    // Looking changed nothing: the page is as it was, nothing was stored, no button was added.
    expect(await site.content()).toBe(pageBefore);
    expect(await storedState(sw)).toBe(storedBefore);
    expect(await storedState(sw)).not.toContain(new URL(url).host);
    await expect(site.locator(BUTTON_HOST)).toHaveCount(0);
  });
}

test('an ordinary page: the popup offers to add it only at the end, as "This site"', async ({
  context,
  sw,
  extensionId,
}) => {
  const { popup } = await openSiteAndPopup({ context, sw, extensionId }, ORDINARY, { click: true });
  await expect(popup.getByRole('heading', { name: 'This site' })).toBeVisible();
  const order = await headings(popup);
  expect(order).not.toContain('This looks like a support site');
  expect(order.indexOf('This site')).toBeGreaterThan(order.indexOf('Find help'));
});

test('a general-purpose site with an exit control is never offered whole: the popup says why', async ({
  context,
  sw,
  extensionId,
}) => {
  const { popup } = await openSiteAndPopup({ context, sw, extensionId }, GOVUK_UNLISTED, { click: true });
  await expect(popup.getByText('www.gov.uk is about much more than abuse')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Add this site to Quick Exit' })).toHaveCount(0);
  await expect(popup.getByRole('heading', { name: 'This looks like a support site' })).toHaveCount(0);
});

test('without the click on the toolbar button the popup cannot look, and says nothing it does not know', async ({
  context,
  sw,
  extensionId,
}) => {
  const { popup } = await openSiteAndPopup({ context, sw, extensionId }, GOVUK_COMPONENT, { click: false });
  await expect(popup.getByRole('heading', { name: 'This site' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'This looks like a support site' })).toHaveCount(0);
});

/** The browser's rules for this extension's declarativeContent, as selectors. */
const ruleSelectors = (sw: Worker) =>
  sw.evaluate(
    () =>
      new Promise<string[]>((resolve) =>
        chrome.declarativeContent.onPageChanged.getRules((rules) =>
          resolve(rules.flatMap((rule) => rule.conditions.flatMap((condition) => condition.css ?? []))),
        ),
      ),
  );

test('the browser marks such pages by a rule of its own, and not in discreet mode', async ({ sw }) => {
  await expect.poll(() => ruleSelectors(sw)).toContain('.govuk-exit-this-page');
  expect(await ruleSelectors(sw)).toContain('[data-quick-exit]');
  await sw.evaluate(() => chrome.storage.local.set({ discreetMode: true }));
  await expect.poll(() => ruleSelectors(sw)).toEqual([]);
  await sw.evaluate(() => chrome.storage.local.set({ discreetMode: false }));
  await expect.poll(() => ruleSelectors(sw)).toContain('.govuk-exit-this-page');
});

test('the rule is in place again after a browser restart', async ({ context, sw, profileDir }) => {
  await expect.poll(() => ruleSelectors(sw)).toContain('.govuk-exit-this-page');
  await afterRestart(context, profileDir, async (_restarted, restartedWorker) => {
    await expect.poll(() => ruleSelectors(restartedWorker)).toContain('.govuk-exit-this-page');
  });
});
