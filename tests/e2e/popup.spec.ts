import type { BrowserContext, Locator, Page } from '@playwright/test';
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

/** Opens a service's details (area, description, other numbers, hours, sources). */
async function more(service: Locator): Promise<Locator> {
  const button = service.getByRole('button', { name: /^More about/ });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  return service;
}

test.describe('the helpline directory', () => {
  test('lists the founding post’s services with their numbers as tel: links', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const expected: [RegExp, string, string][] = [
      [/^National Stalking Helpline/, 'tel:08088020300', 'Call 0808 802 0300'],
      [/^Paladin/, 'tel:02038664107', 'Call 020 3866 4107'],
      [/^Paragon/, 'tel:08000325204', 'Call 0800 032 5204'],
      [/^National Domestic Abuse Helpline/, 'tel:08082000247', 'Call 0808 2000 247'],
      [/^Men's Advice Line/, 'tel:08088010327', 'Call 0808 801 0327'],
      [/^Samaritans/, 'tel:116123', 'Call 116 123'],
      [/^Childline/, 'tel:08001111', 'Call 0800 1111'],
      [/^National Centre for Domestic Violence/, 'tel:08009702070', 'Call 0800 970 2070'],
      [/^Respect Phoneline/, 'tel:08088024040', 'Call 0808 802 4040'],
    ];
    for (const [name, href, text] of expected) {
      await expect(card(popup, name).getByRole('link', { name: text, exact: true })).toHaveAttribute('href', href);
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
    const shelter = await more(card(popup, /^Shelter$/));
    await expect(shelter.getByRole('link', { name: /^Call/ })).toHaveCount(0);
    await expect(shelter).toContainText('Phone number unconfirmed');
  });

  test('says a number is unconfirmed in the link itself, and offers the confirmed one', async ({
    context,
    extensionId,
  }) => {
    const popup = await openPopup(context, extensionId);
    // A screen reader's list of links reads the doubt with the number.
    for (const [name, number] of [
      [/^Victim Support Dorset/, '0300 3030 163'],
      [/Electoral Commission/, '0333 103 1928'],
    ] as const) {
      await expect(
        card(popup, name).getByRole('link', { name: `Call ${number} (unconfirmed, check the website)` }),
      ).toHaveCount(1);
    }
    const dorset = await more(card(popup, /^Victim Support Dorset/));
    await expect(dorset.getByRole('link', { name: '08 08 16 89 111', exact: true })).toHaveAttribute(
      'href',
      'tel:08081689111',
    );
    // The Action Fraud relay is a text relay, not a voice line.
    const actionFraud = await more(card(popup, /^Action Fraud/));
    await expect(actionFraud).toContainText(
      'Text relay for deaf or speech-impaired callers (Relay UK), not a voice line',
    );
  });

  test('shows each service’s sources and checked date one step away', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const helpline = await more(card(popup, /^National Stalking Helpline/));
    const sources = helpline.getByText(/^Sources, checked \d+ \w+ \d{4}$/);
    await expect(helpline.getByText('http://www.suzylamplugh.org/stalking/').first()).toBeHidden();
    await sources.click();
    await expect(helpline.getByText('http://www.suzylamplugh.org/stalking/').first()).toBeVisible();
  });

  test('search narrows the list as you type, and says when nothing matches', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const articles = popup.getByRole('article');
    const all = await articles.count();
    await popup.getByLabel('Search helplines').pressSequentially('stalking');
    await expect.poll(() => articles.count()).toBeLessThan(all);
    await expect(card(popup, /^National Stalking Helpline/)).toHaveCount(1);
    await expect(card(popup, /^Action Against Stalking/)).toHaveCount(1);
    await expect(card(popup, /^Childline/)).toHaveCount(0);
    const count = popup.getByRole('status').filter({ hasText: /services?/ });
    await expect(count).toHaveText(/^\d+ services?$/);
    await popup.getByLabel('Search helplines').fill('xyzzy');
    await expect(articles).toHaveCount(0);
    await expect(count).toContainText('No services match');
  });

  test('filters by need and by country; numbers abroad carry their country code', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    await popup.getByLabel('Help with').selectOption({ label: 'Men' });
    await expect(card(popup, /^Men's Advice Line/)).toHaveCount(1);
    await expect(card(popup, /^The ManKind Initiative/)).toHaveCount(1);
    await expect(card(popup, /^Childline/)).toHaveCount(0);
    await popup.getByLabel('Country').selectOption({ label: 'Ireland' });
    await expect(card(popup, /^Male Advice Line \(Ireland\)/)).toHaveCount(1);
    await expect(card(popup, /^Men's Advice Line/)).toHaveCount(0);
    await expect(card(popup, /^Male Advice Line/).getByRole('link', { name: /^Call/ })).toHaveAttribute(
      'href',
      'tel:+3531800816588',
    );
    const emergency = popup.getByRole('region', { name: 'Emergency' });
    await expect(emergency).toContainText('call 112 or 999');
    await popup.getByLabel('Help with').selectOption({ label: 'Anything' });
    await popup.getByLabel('Country').selectOption({ label: 'United States' });
    const hotline = card(popup, /^National Domestic Violence Hotline/);
    await expect(hotline.getByRole('link', { name: /^Call/ })).toHaveAttribute('href', 'tel:+18007997233');
    await more(hotline);
    await expect(hotline).toContainText('From outside United States this number may not work');
    await expect(emergency).toContainText('call 911');
  });

  test('tells UK callers what to do if they cannot speak', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const emergency = popup.getByRole('region', { name: 'Emergency' });
    await expect(emergency).toContainText('call 999 or 112');
    await expect(emergency.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    await emergency.getByText('Cannot speak, or cannot call?').click();
    for (const step of [
      'cough or tap',
      'press 55 only when it asks',
      'does not tell the police where you are',
      'From a landline there is no 55 step',
      'text "register" to 999',
    ]) {
      await expect(emergency.getByText(step, { exact: false })).toBeVisible();
    }
    await emergency.getByText('Where this comes from').click();
    await expect(emergency.getByText(/the-sun\.com/)).toBeVisible();
  });

  test('shows which services are open now, from their hours', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    // Round the clock: always open.
    await expect(card(popup, /^National Domestic Abuse Helpline/).getByText('Open now', { exact: true })).toBeVisible();
    // Hours not structured in its sources: nothing said.
    await expect(card(popup, /^Protection Against Stalking/).getByText(/^(Open|Closed) now$/)).toHaveCount(0);
  });

  test('fits at least four services on a 380×600 popup without scrolling', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const visible = await popup.evaluate(() => {
      const fold = window.innerHeight;
      return [...document.querySelectorAll('article')].filter((article) => {
        const row = article.querySelector('.row')!.getBoundingClientRect();
        return row.bottom <= fold;
      }).length;
    });
    console.log(`popup: ${visible} services visible at 380×600 without scrolling`);
    expect(visible).toBeGreaterThanOrEqual(4);
  });

  test('opens a website through the background, as a protected tab', async ({ context, extensionId, sw }) => {
    await context.route(/^https:\/\//, (route) =>
      route.fulfill({ body: '<title>site</title>', contentType: 'text/html' }),
    );
    const popup = await openPopup(context, extensionId);
    const helpline = await more(card(popup, /^National Stalking Helpline/));
    await helpline.getByRole('link', { name: /^Website/ }).click();
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
    const helpline = await more(card(popup, /^National Stalking Helpline/));
    await helpline.getByText(/^Sources/).click();
    await popup.getByText('Cannot speak, or cannot call?').click();
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

test.describe('a browser in London set to US English', () => {
  test.use({ browserLocale: 'en-US', browserTimeZone: 'Europe/London' });

  test('shows the UK directory and 999, with the country choice visible', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    expect(await popup.evaluate(() => navigator.language)).toBe('en-US');
    await expect(popup.getByLabel('Country')).toHaveValue('GB');
    await expect(card(popup, /^National Stalking Helpline/)).toHaveCount(1);
    await expect(card(popup, /^National Domestic Violence Hotline/)).toHaveCount(0);
    await expect(popup.getByRole('region', { name: 'Emergency' })).toContainText('call 999');
  });
});

test.describe('a browser in New York set to British English', () => {
  test.use({ browserLocale: 'en-GB', browserTimeZone: 'America/New_York' });

  test('shows the US directory: the time zone comes first', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    await expect(popup.getByLabel('Country')).toHaveValue('US');
    await expect(card(popup, /^National Domestic Violence Hotline/)).toHaveCount(1);
  });
});
