import { afterRestart, firstRunPage, test, expect } from './fixtures';
import { axeViolations } from './axe';
import { history } from './browser-state';
import { UNRELATED } from './sites';

test.use({ keepFirstRunPage: true });

test('opens once after install with the three ways to leave, and passes axe', async ({ context, sw, profileDir }) => {
  const page = await firstRunPage(context);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quick Exit: how to leave in an instant');
  const steps = page.getByRole('list').first().getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText('Exit this page');
  await expect(steps.nth(1)).toContainText('Shift three times');
  // The shortcut as the browser has it, not a hard-coded one.
  const shortcut = await sw.evaluate(
    async () => (await chrome.commands.getAll()).find((c) => c.name === 'quick-exit')?.shortcut,
  );
  expect(shortcut).toBeTruthy();
  await expect(steps.nth(2)).toContainText(`Press ${shortcut},`);
  expect(await axeViolations(page)).toEqual([]);

  // Not again: a browser restart is not an install.
  await page.close();
  await afterRestart(context, profileDir, async (restarted) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(restarted.pages().map((p) => p.url())).not.toContainEqual(expect.stringMatching(/first-run/));
  });
});

test.describe('after installing from the store', () => {
  // The addons.mozilla.org listing: Chromium will not load a Chrome Web Store address under automation
  // (tests/unit/quick-exit-own.test.ts covers that one's scope).
  const LISTING = 'https://addons.mozilla.org/en-GB/firefox/addon/quick-exit/';
  test.use({ visitedBeforeInstall: [UNRELATED.news, LISTING] });

  test('the first-run page offers "Clean up now", which removes the store listing from history', async ({
    context,
    sw,
  }) => {
    const page = await firstRunPage(context);
    expect(Object.keys(await history(sw))).toContain(LISTING);
    await page.getByRole('button', { name: 'Clean up now' }).click();
    await expect(page.locator('.clean-status')).not.toBeEmpty();
    await expect.poll(async () => Object.keys(await history(sw))).not.toContain(LISTING);
    expect(Object.keys(await history(sw))).toContain(UNRELATED.news);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
