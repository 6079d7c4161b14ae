/** Faults: a stopped service worker, a history API that refuses, corrupt storage. */
import { test, expect } from './fixtures';
import { history, stopServiceWorkers, tabs } from './browser-state';
import { BUTTON_HOST, clickExitButton } from './page-checks';
import { DESTINATION, PROTECTED, serveFakeSites, UNRELATED } from './sites';

const supportInHistory = async (sw: Parameters<typeof history>[0]) =>
  Object.keys(await history(sw)).filter((url) => url.includes('suzylamplugh'));

test.describe('faults', () => {
  test.beforeEach(async ({ context }) => {
    await serveFakeSites(context);
    const other = await context.newPage();
    await other.goto(UNRELATED.news);
  });

  test('the service worker was stopped: the exit still leaves at once and cleans', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(PROTECTED.stalkingHelpline);
    await page.locator(BUTTON_HOST).waitFor({ state: 'attached' });
    await stopServiceWorkers(page);

    const closed = new Promise<void>((resolve) => page.once('close', () => resolve()));
    const start = Date.now();
    await clickExitButton(page);
    await closed;
    const elapsed = Date.now() - start;
    // The worker started again to answer; read the result through it.
    const sw =
      context.serviceWorkers().find((w) => w.url().endsWith('/background.js')) ??
      (await context.waitForEvent('serviceworker'));
    await expect.poll(async () => (await tabs(sw)).some((t) => t.active && t.url === DESTINATION)).toBe(true);
    await expect.poll(() => supportInHistory(sw)).toEqual([]);
    console.log(`stopped service worker: support tab closed ${elapsed} ms after the click`);
  });

  test('the history API refuses: the person still leaves, and the popup says the clean did not complete', async ({
    context,
    sw,
    extensionId,
  }) => {
    await sw.evaluate(() => {
      chrome.history.deleteUrl = () => {
        throw new Error('Deleting history is disabled by policy');
      };
    });
    const page = await context.newPage();
    await page.goto(PROTECTED.stalkingHelpline);
    await clickExitButton(page);
    await expect.poll(async () => (await tabs(sw)).some((t) => t.active && t.url === DESTINATION)).toBe(true);
    // The destination tab is asked for first; the support tab closes right after, without waiting for it.
    await expect.poll(async () => (await tabs(sw)).filter((t) => t.url.includes('suzylamplugh'))).toEqual([]);
    expect(await supportInHistory(sw)).not.toEqual([]);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const warning = popup.getByRole('alert');
    await expect(warning).toContainText('The last clean up did not complete');
    await expect(warning).not.toContainText('suzylamplugh');
    await popup.getByRole('button', { name: 'Clean up now' }).click();
    await expect(popup.getByText(/The clean did not complete/)).toBeVisible();
  });

  test('corrupt values in storage: the exit uses the defaults', async ({ context, sw }) => {
    await sw.evaluate(() =>
      chrome.storage.local.set({ destination: { not: 'a url' }, cleanSettings: 'corrupt', cleanPending: 'maybe' }),
    );
    const page = await context.newPage();
    await page.goto(PROTECTED.stalkingHelpline);
    await clickExitButton(page);
    await expect.poll(async () => (await tabs(sw)).some((t) => t.active && t.url === DESTINATION)).toBe(true);
    await expect.poll(() => supportInHistory(sw)).toEqual([]);
  });
});

test('the extension makes no network request of its own in a whole session', async ({ context, sw, extensionId }) => {
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  await serveFakeSites(context);
  const visited: string[] = [UNRELATED.news, PROTECTED.stalkingHelpline, PROTECTED.forcedMarriage];
  const page = await context.newPage();
  for (const url of visited) await page.goto(url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByLabel('Search helplines').fill('stalking');
  await popup.close();
  await clickExitButton(page);
  await expect.poll(async () => (await tabs(sw)).some((t) => t.active && t.url === DESTINATION)).toBe(true);
  await expect.poll(() => supportInHistory(sw)).toEqual([]);

  const own = `chrome-extension://${extensionId}/`;
  const unexpected = requested.filter((url) => !visited.includes(url) && url !== DESTINATION && !url.startsWith(own));
  expect(unexpected).toEqual([]);
});
