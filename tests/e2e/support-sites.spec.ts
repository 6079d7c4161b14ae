/** Support sites' own exit controls, on the demo site (demo-site/), served at a protected address. */
import type { Page, Worker } from '@playwright/test';
import { DEMO_BASE, serveDemoSite } from '../../demo-site/serve.mjs';
import { test, expect } from './fixtures';
import { history, tabs } from './browser-state';
import { BUTTON_HOST } from './page-checks';
import { DESTINATION, serveFakeSites, UNRELATED } from './sites';

const demoPages = (sw: Worker) => history(sw).then((h) => Object.keys(h).filter((url) => url.startsWith(DEMO_BASE)));

async function openDemo(page: Page, name: string): Promise<void> {
  await page.goto(DEMO_BASE + 'index.html');
  await page.goto(DEMO_BASE + name);
}

/** The full exit happened: destination active, no demo tab, no demo page in history, other history kept. */
async function expectFullExit(sw: Worker): Promise<void> {
  await expect.poll(async () => (await tabs(sw)).some((t) => t.active && t.url === DESTINATION)).toBe(true);
  await expect.poll(async () => (await tabs(sw)).filter((t) => t.url.startsWith(DEMO_BASE))).toEqual([]);
  await expect.poll(() => demoPages(sw)).toEqual([]);
  expect(Object.keys(await history(sw))).toContain(UNRELATED.news);
}

test.describe('support sites’ own exit controls', () => {
  test.beforeEach(async ({ context }) => {
    await serveFakeSites(context);
    await serveDemoSite(context);
    const other = await context.newPage();
    await other.goto(UNRELATED.news);
  });

  test('GOV.UK’s “Exit this page” button runs the full exit, and the extension adds no second button', async ({
    context,
    sw,
  }) => {
    const page = await context.newPage();
    await openDemo(page, 'govuk.html');
    await expect(page.locator('.govuk-exit-this-page__button')).toBeVisible();
    await expect(page.locator(BUTTON_HOST)).toHaveCount(0);
    await page.locator('.govuk-exit-this-page__button').click();
    await expectFullExit(sw);
  });

  test('GOV.UK’s skip link, reached with the keyboard, runs the full exit', async ({ context, sw }) => {
    const page = await context.newPage();
    await openDemo(page, 'govuk.html');
    await page.keyboard.press('Tab');
    await expect(page.locator('.govuk-js-exit-this-page-skiplink')).toBeFocused();
    // The tab closes during the key press.
    await page.keyboard.press('Enter').catch(() => undefined);
    await expectFullExit(sw);
  });

  test('Shift x3 on a GOV.UK page runs the full exit instead of the component’s redirect', async ({ context, sw }) => {
    const page = await context.newPage();
    await openDemo(page, 'govuk.html');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expectFullExit(sw);
  });

  test('a plain exit link runs the full exit, and the extension’s button stays', async ({ context, sw }) => {
    const page = await context.newPage();
    await openDemo(page, 'plain-link.html');
    await expect(page.locator(BUTTON_HOST)).toHaveCount(1);
    await page.getByRole('link', { name: 'Exit site' }).click();
    await expectFullExit(sw);
    // The site's redirect did not run: no visit to where it pointed.
    expect(Object.keys(await history(sw))).not.toContain('https://www.google.com/');
  });

  test('a control marked data-quick-exit runs the full exit instead of the site’s script', async ({ context, sw }) => {
    const page = await context.newPage();
    await openDemo(page, 'marked-control.html');
    await expect(page.locator(BUTTON_HOST)).toHaveCount(0);
    await page.getByRole('button', { name: 'Leave now' }).click();
    await expectFullExit(sw);
    expect(Object.keys(await history(sw))).not.toContain('https://www.google.com/');
  });

  test('a page script cannot start an exit: synthetic clicks and key presses do nothing', async ({ context, sw }) => {
    const page = await context.newPage();
    await openDemo(page, 'plain-link.html');
    await expect(page.locator(BUTTON_HOST)).toHaveCount(1);
    // Stop the link from navigating so only the extension could act.
    await page.locator(BUTTON_HOST).evaluate((host) => {
      document.querySelector('.site-exit')!.addEventListener('click', (e) => e.preventDefault());
      (document.querySelector('.site-exit') as HTMLElement).click();
      for (const type of ['pointerdown', 'mousedown', 'click'])
        host.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerType: 'mouse' }));
      for (let i = 0; i < 3; i++) window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
    });
    await page.waitForTimeout(1000);
    expect(await page.title()).not.toBe('Loading');
    expect((await tabs(sw)).some((t) => t.url === DEMO_BASE + 'plain-link.html')).toBe(true);
    expect(await demoPages(sw)).toContain(DEMO_BASE + 'plain-link.html');
  });
});
