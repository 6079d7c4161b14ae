import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from './axe';
import { tabs } from './browser-state';

async function openPopup(context: BrowserContext, extensionId: string, width = 380): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Find help' })).toBeVisible();
  return popup;
}

const card = (popup: Page, name: string | RegExp) => popup.getByRole('article', { name });

test.describe('the helpline directory', () => {
  test('lists the founding post’s services with their numbers as tel: links', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const expected: [RegExp, string, string][] = [
      [/^National Stalking Helpline/, 'tel:08088020300', 'Call 0808 802 0300'],
      [/^Paladin/, 'tel:02038664107', 'Call 020 3866 4107'],
      [/^Paragon/, 'tel:08000325204', 'Call 0800 032 5204'],
      [/^National Domestic Abuse Helpline/, 'tel:08082000247', 'Call 0808 2000 247'],
      [/^Men's Advice Line/, 'tel:08088010327', 'Call 0808 801 0327'],
      [/^Respect Phoneline/, 'tel:08088024040', 'Call 0808 802 4040'],
      [/^Samaritans/, 'tel:116123', 'Call 116 123'],
      [/^Childline/, 'tel:08001111', 'Call 0800 1111'],
      [/^National Centre for Domestic Violence/, 'tel:08009702070', 'Call 0800 970 2070'],
    ];
    for (const [name, href, text] of expected) {
      await expect(card(popup, name).getByRole('link', { name: text })).toHaveAttribute('href', href);
    }
    for (const name of [
      /^Protection Against Stalking/,
      /^Shelter$/,
      /^The Cyber Helpline/,
      /^Revenge Porn/,
      /Electoral Commission/,
      /Information Commissioner/,
      /^Victim Support Dorset/,
      /^Dorset Police/,
      /ISAC/,
    ]) {
      await expect(card(popup, name)).toHaveCount(1);
    }
    // Sources disagree on Shelter's number: none is shown, and the card says why.
    await expect(card(popup, /^Shelter$/).getByRole('link', { name: /^Call/ })).toHaveCount(0);
    await expect(card(popup, /^Shelter$/)).toContainText('Phone number unconfirmed');
    // A number from the founding post alone is marked.
    await expect(card(popup, /^Respect Phoneline/)).toContainText('unconfirmed, check the website');
    await expect(popup.getByRole('region', { name: 'Emergency' })).toContainText('call 999');
    await expect(popup.getByRole('region', { name: 'Emergency' })).toContainText('press 55');
  });

  test('shows each service’s sources and checked date one step away', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const helpline = card(popup, /^National Stalking Helpline/);
    const sources = helpline.getByText(/^Sources, checked \d+ \w+ \d{4}$/);
    await expect(helpline.getByText('https://www.suzylamplugh.org/Appeal/reach').first()).toBeHidden();
    await sources.click();
    await expect(helpline.getByText('https://www.suzylamplugh.org/Appeal/reach').first()).toBeVisible();
  });

  test('search narrows the list as you type, and says when nothing matches', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const articles = popup.getByRole('article');
    const all = await articles.count();
    await popup.getByLabel('Search helplines').pressSequentially('stalking');
    await expect.poll(() => articles.count()).toBeLessThan(all);
    await expect(card(popup, /^National Stalking Helpline/)).toHaveCount(1);
    await expect(card(popup, /^Childline/)).toHaveCount(0);
    const count = popup.getByRole('status').filter({ hasText: /services?/ });
    await expect(count).toHaveText(/^\d+ services?$/);
    await popup.getByLabel('Search helplines').fill('xyzzy');
    await expect(articles).toHaveCount(0);
    await expect(count).toContainText('No services match');
  });

  test('filters by need and by country', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    await popup.getByLabel('Help with').selectOption({ label: 'Men' });
    await expect(card(popup, /^Men's Advice Line/)).toHaveCount(1);
    await expect(card(popup, /^Childline/)).toHaveCount(0);
    await popup.getByLabel('Country').selectOption({ label: 'Ireland' });
    await expect(card(popup, /^Male Advice Line \(Ireland\)/)).toHaveCount(1);
    await expect(card(popup, /^Men's Advice Line/)).toHaveCount(0);
    await popup.getByLabel('Help with').selectOption({ label: 'Anything' });
    await popup.getByLabel('Country').selectOption({ label: 'United States' });
    await expect(card(popup, /^National Domestic Violence Hotline/)).toHaveCount(1);
    await expect(popup.getByRole('region', { name: 'Emergency' })).toContainText('call 911');
  });

  test('opens a website through the background, as a protected tab', async ({ context, extensionId, sw }) => {
    await context.route(/^https:\/\//, (route) =>
      route.fulfill({ body: '<title>site</title>', contentType: 'text/html' }),
    );
    const popup = await openPopup(context, extensionId);
    await card(popup, /^National Stalking Helpline/)
      .getByRole('link', { name: /^Website/ })
      .click();
    await expect.poll(async () => (await tabs(sw)).map((t) => t.url)).toContain('https://www.suzylamplugh.org/');
  });

  test('has no accessibility violations, fits at 200% zoom and makes no network request', async ({
    context,
    extensionId,
  }) => {
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const popup = await openPopup(context, extensionId);
    // Saved for the README.
    await popup.screenshot({ path: 'docs/screenshots/popup.png' });
    await card(popup, /^National Stalking Helpline/)
      .getByText(/^Sources/)
      .click();
    expect(await axeViolations(popup)).toEqual([]);

    // 200% zoom in a 380 px popup leaves 190 CSS pixels: nothing may need sideways scrolling.
    await popup.setViewportSize({ width: 190, height: 600 });
    const overflow = await popup.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    expect(requests.filter((url) => !url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
  });

  test('renders quickly', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const rendered = await popup.evaluate(() => performance.getEntriesByName('directory-rendered')[0]?.startTime);
    expect(rendered).toBeGreaterThan(0);
    console.log(`popup: directory rendered ${rendered!.toFixed(0)} ms after navigation start`);
  });
});
