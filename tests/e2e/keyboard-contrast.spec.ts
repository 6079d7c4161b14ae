/**
 * Using Quick Exit with a keyboard, zoomed in (320–640 CSS pixels wide) and in
 * forced colours (Windows high contrast).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from './axe';
import { exitButtonBox } from './page-checks';
import { page as fakePage, PROTECTED, serveFakeSites } from './sites';

type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A long support page: a skip link, then twelve links far apart, as on a long advice page. */
const LONG_PAGE = fakePage(
  'Long advice page',
  '<p><a href="#content">Skip to content</a></p>' +
    Array.from(
      { length: 12 },
      (_, i) =>
        `<p style="margin-top:${i === 6 ? 0 : 260}px"><a href="#link-${i}">Link ${i + 1}</a></p>` +
        (i === 6 ? '<h2 id="content" tabindex="-1">Content</h2>' : ''),
    ).join(''),
);

/** Where the focused element is drawn, unless the focus is on the exit button itself (its host). */
function focusedBox(page: Page, skip: (el: Element) => boolean): Promise<Box | null> {
  return page.evaluate((skipSource) => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    if (new Function('el', `return (${skipSource})(el)`)(el)) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, skip.toString());
}

/** Tabs forward through `stops` focus stops and back again; returns every stop drawn under the exit. */
async function hiddenStops(page: Page, exit: () => Promise<Box>, stops: number, skip: (el: Element) => boolean) {
  const hidden: string[] = [];
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press(key);
      const box = await focusedBox(page, skip);
      if (box && overlaps(box, await exit())) {
        hidden.push(`${key} ${i}: ${await page.evaluate(() => document.activeElement?.textContent?.trim())}`);
      }
    }
  }
  return hidden;
}

for (const width of [320, 640]) {
  test(`at ${width} px no focused link on a support page is hidden under the exit button`, async ({ context, sw }) => {
    void sw;
    await serveFakeSites(context, { [PROTECTED.domesticAbuse]: LONG_PAGE });
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 640 });
    await page.goto(PROTECTED.domesticAbuse);
    const exit = () => exitButtonBox(page);
    await exit();
    // The page's own elements only: the exit button's host is skipped (focus inside its closed shadow root).
    const notPage = (el: Element) => !!el.shadowRoot || el.localName.includes('-');
    expect(await hiddenStops(page, exit, 15, notPage)).toEqual([]);

    // The skip link's target lands below the button, not under it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: 'Skip to content' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#content');
    const target = await page.getByRole('heading', { name: 'Content' }).boundingBox();
    expect(overlaps(target!, await exit())).toBe(false);
  });
}

test('in the popup, no focus stop is hidden under the sticky exit button', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const exitButton = popup.getByRole('button', { name: 'Emergency Exit this page' });
  const exit = async () => (await exitButton.boundingBox())!;
  const isExit = (el: Element) => el.classList.contains('exit-now');
  expect(await hiddenStops(popup, exit, 40, isExit)).toEqual([]);
});

test('"Clean up now" keeps the keyboard focus while it works and after', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const button = popup.getByRole('button', { name: 'Clean up now' });
  await button.focus();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.clean-status')).not.toBeEmpty();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-disabled', 'false');
  // Pressed again from the keyboard, it cleans again: focus never left it.
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.clean-status')).not.toBeEmpty();
  await expect(button).toBeFocused();
});

/** The screenshot's pixels, read back through a canvas in a blank page. */
async function pixels(page: Page, png: Buffer): Promise<{ width: number; height: number; data: number[] }> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return { width: img.width, height: img.height, data: [...ctx.getImageData(0, 0, img.width, img.height).data] };
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}

const at = (p: { width: number; data: number[] }, x: number, y: number) =>
  p.data.slice((y * p.width + x) * 4, (y * p.width + x) * 4 + 3);
const differs = (a: number[], b: number[]) => a.some((v, i) => Math.abs(v - b[i]!) > 60);

test('in forced colours the exit button keeps a visible box, and its Shift dots fill', async ({ context, sw }) => {
  void sw;
  await serveFakeSites(context);
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 640 });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(PROTECTED.domesticAbuse);
  const box = await exitButtonBox(page);
  const clip = { x: box.x, y: box.y, width: box.width, height: box.height };

  // The box: its edge is drawn in another colour than its inside (not a heading on the page's background).
  const plain = await pixels(page, await page.screenshot({ clip }));
  const mid = Math.floor(plain.height / 2);
  expect(differs(at(plain, 1, mid), at(plain, 8, mid)), 'left edge against inside').toBe(true);
  expect(
    differs(at(plain, Math.floor(plain.width / 2), 1), at(plain, Math.floor(plain.width / 2), 5)),
    'top edge',
  ).toBe(true);

  // The dots: each Shift press fills one more, so more of the button is drawn in the text colour.
  const ink = (p: { width: number; height: number; data: number[] }) => {
    const text = at(p, 1, mid); // the border is drawn in the button's text colour
    let count = 0;
    for (let y = 4; y < p.height - 4; y++)
      for (let x = 4; x < p.width - 4; x++) if (!differs(at(p, x, y), text)) count++;
    return count;
  };
  const inkNow = async () => ink(await pixels(page, await page.screenshot({ clip })));
  const none = await inkNow();
  await page.locator('#field').focus();
  await page.keyboard.press('Shift');
  await expect.poll(inkNow, 'the dots appear after one press').toBeGreaterThan(none);
  const oneDot = await inkNow();
  await page.keyboard.press('Shift');
  await expect.poll(inkNow, 'a second dot fills after two presses').toBeGreaterThan(oneDot);
});

test('every extension page has an exit at hand, and passes axe', async ({ context, extensionId }) => {
  for (const name of ['guide', 'first-run', 'options', 'check']) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 640, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/${name}.html`);
    const exit = page.getByRole('button', { name: 'Emergency Exit this page' });
    await expect(exit, name).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(exit, `${name}, scrolled to the end`).toBeInViewport();
    expect(await axeViolations(page), name).toEqual([]);
    await page.close();
  }
});
