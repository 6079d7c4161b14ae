import { test, expect } from './fixtures';
import { history, tabs } from './browser-state';
import {
  accessibleNodes,
  BUTTON_HOST,
  COVER_NAME,
  isButtonHostName,
  clickExitButton,
  coverStateAfter,
} from './page-checks';
import { expectNoTrace, setUpBrowsing, waitUntilSafe } from './scenario';
import { PROTECTED, serveFakeSites, UNRELATED } from './sites';

test.describe('the exit button', () => {
  test('is on protected pages only, keyboard focusable, with an accessible name', async ({ context }) => {
    await serveFakeSites(context);
    const page = await context.newPage();

    for (const url of [PROTECTED.stalkingHelpline, PROTECTED.forcedMarriage, PROTECTED.shortLink]) {
      await page.goto(url);
      await expect(page.locator(BUTTON_HOST), url).toHaveCount(1);
    }
    const nodes = await accessibleNodes(page);
    expect(nodes).toContainEqual({ role: 'button', name: 'Emergency Exit this page' });

    await page.goto(PROTECTED.stalkingHelpline);
    await page.locator(BUTTON_HOST).waitFor({ state: 'attached' });
    await page.keyboard.press('Tab');
    expect(isButtonHostName(await page.evaluate(() => document.activeElement?.localName))).toBe(true);

    for (const url of [UNRELATED.news, UNRELATED.govTax, 'https://www.gov.uk/guidance/forced-marriage-statistics']) {
      await page.goto(url);
      await page.waitForLoadState('load');
      await expect(page.locator(BUTTON_HOST), url).toHaveCount(0);
    }
  });

  test('sits above a page’s own highest z-index and is full width on a narrow screen', async ({ context }) => {
    const banner = `<div id="banner" style="position:fixed;top:0;left:0;right:0;height:120px;z-index:2147483647;background:#333">Cookies</div>`;
    await serveFakeSites(context, {
      [PROTECTED.stalkingHelpline]: `<!doctype html><title>t</title><body>${banner}<h1>Help</h1></body>`,
    });
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(PROTECTED.stalkingHelpline);
    const host = page.locator(BUTTON_HOST);
    await expect(host).toHaveCount(1);
    const box = (await host.boundingBox())!;
    expect(box.width).toBeGreaterThan(330);
    const top = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: box.x + box.width / 2,
      y: 20,
    });
    expect(isButtonHostName(top)).toBe(true);
  });
});

test.describe('exiting', () => {
  test.use({
    visitedBeforeInstall: [PROTECTED.stalkingHelplineOld, UNRELATED.recipes],
    // The first-run page is one of Quick Exit's own (protected) pages: closing it would start the
    // automatic clean, and the visit from before install would be gone before the exit is pressed.
    keepFirstRunPage: true,
  });

  test('a click covers the page at once, then leaves no trace of any support site', async ({ context, sw }) => {
    await serveFakeSites(context);
    const scenario = await setUpBrowsing(context, sw);
    expect(scenario.protectedBefore).toContain(PROTECTED.stalkingHelplineOld);
    const cover = coverStateAfter(scenario.page);
    const storage = () => sw.evaluate(() => chrome.storage.local.get(null));
    const storageBefore = await storage();

    const clickedAt = Date.now();
    await clickExitButton(scenario.page);
    const elapsed = await waitUntilSafe(sw, clickedAt);

    expect(await cover).toEqual({
      visibility: 'hidden',
      title: 'Loading',
      topElement: expect.stringMatching(COVER_NAME),
    });
    await expectNoTrace(sw, scenario);
    // Nothing in the extension's storage tells that an exit happened: it is as before, less the
    // flag that is there only while a support page is open (so a crash is cleaned at the next start).
    expect(storageBefore).toMatchObject({ cleanDue: true });
    const { cleanDue: _openSupportPage, ...atRest } = storageBefore;
    await expect.poll(storage).toEqual(atRest);
    console.log(
      `click exit: safe after ${elapsed} ms; ${scenario.protectedBefore.length} protected history entries removed`,
    );
  });

  test('Shift pressed three times leaves, even from a text field', async ({ context, sw }) => {
    await serveFakeSites(context);
    const scenario = await setUpBrowsing(context, sw);
    await scenario.page.locator('#field').click();
    await scenario.page.keyboard.type('hello');
    const cover = coverStateAfter(scenario.page);

    await scenario.page.keyboard.press('Shift');
    const announced = await accessibleNodes(scenario.page);
    expect(announced).toContainEqual({ role: 'status', name: '' });
    expect(await statusText(scenario.page)).toBe('Shift, press 2 more times to exit.');
    await scenario.page.keyboard.press('Shift');
    expect(await statusText(scenario.page)).toBe('Shift, press 1 more time to exit.');
    const pressedAt = Date.now();
    await scenario.page.keyboard.press('Shift').catch(() => undefined); // the tab closes during the press
    await waitUntilSafe(sw, pressedAt);

    expect(await cover).toEqual({
      visibility: 'hidden',
      title: 'Loading',
      topElement: expect.stringMatching(COVER_NAME),
    });
    await expectNoTrace(sw, scenario);
  });

  test('Shift presses more than 5 seconds apart do not leave, and the expiry is announced', async ({ context, sw }) => {
    await serveFakeSites(context);
    const page = await context.newPage();
    await page.goto(PROTECTED.stalkingHelpline);
    await page.locator(BUTTON_HOST).waitFor({ state: 'attached' });
    await page.keyboard.press('Shift');
    expect(await statusText(page)).toBe('Shift, press 2 more times to exit.');
    await expect.poll(() => statusText(page), { timeout: 8_000 }).toBe('Exit this page expired.');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    expect(await statusText(page)).toBe('Shift, press 1 more time to exit.');
    // Two presses after the expiry are two, not four: nothing leaves.
    await page.waitForTimeout(1000);
    expect((await tabs(sw)).some((t) => t.url === PROTECTED.stalkingHelpline)).toBe(true);
    expect(await page.evaluate(() => document.title)).not.toBe('Loading');
  });

  test('the popup’s exit button leaves', async ({ context, sw, extensionId }) => {
    await serveFakeSites(context);
    const scenario = await setUpBrowsing(context, sw);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const pressedAt = Date.now();
    await popup.getByRole('button', { name: 'Emergency Exit this page' }).click();
    await waitUntilSafe(sw, pressedAt);
    await expectNoTrace(sw, scenario);
    expect((await tabs(sw)).some((t) => t.url.includes('popup.html'))).toBe(false);
  });
});

test.describe('exiting when things go wrong', () => {
  test('twice, from two tabs at once, opens one destination and cleans once', async ({ context, sw }) => {
    await serveFakeSites(context);
    const first = await context.newPage();
    await first.goto(PROTECTED.stalkingHelpline);
    const second = await context.newPage();
    await second.goto(PROTECTED.domesticAbuse);
    await expect(first.locator(BUTTON_HOST)).toHaveCount(1);
    await expect(second.locator(BUTTON_HOST)).toHaveCount(1);

    await Promise.all([clickExitButton(first).catch(() => undefined), clickExitButton(second).catch(() => undefined)]);
    await waitUntilSafe(sw, Date.now());
    await expect.poll(async () => Object.keys(await history(sw)).filter((u) => u.includes('suzylamplugh'))).toEqual([]);
    // Let any second exit that wrongly started finish before counting.
    await new Promise((r) => setTimeout(r, 500));
    expect((await tabs(sw)).filter((t) => t.url === 'https://www.bbc.co.uk/weather')).toHaveLength(1);
  });

  test('leaves by itself when the background does not answer, and the clean follows', async ({ context, sw }) => {
    await serveFakeSites(context);
    const page = await context.newPage();
    await page.goto(PROTECTED.stalkingHelpline);
    await expect(page.locator(BUTTON_HOST)).toHaveCount(1);

    // Keep the service worker busy for 3 s, so it cannot answer in time.
    const busy = sw.evaluate(() => {
      const until = Date.now() + 3000;
      while (Date.now() < until);
    });
    await new Promise((r) => setTimeout(r, 100));
    await clickExitButton(page);
    await page.waitForURL('https://www.bbc.co.uk/weather', { timeout: 2500 });
    await busy;

    await expect.poll(async () => Object.keys(await history(sw)).filter((u) => u.includes('suzylamplugh'))).toEqual([]);
    await expect
      .poll(async () => (await tabs(sw)).filter((t) => t.url === 'https://www.bbc.co.uk/weather').length)
      .toBe(1);
  });
});

/** The live region's text, read through the accessibility tree (it sits in a closed shadow root). */
async function statusText(page: import('@playwright/test').Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const status = nodes.find((n) => n.role?.value === 'status');
  const ids = new Set(status?.childIds ?? []);
  return nodes
    .filter((n) => ids.has(n.nodeId))
    .map((n) => String(n.name?.value ?? ''))
    .join('');
}
