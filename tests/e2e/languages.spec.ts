/** Every page reads its words from the built catalogue (_locales/en_GB), in the real browser. */
import { test, expect } from './fixtures';

const PAGES = ['popup', 'options', 'check', 'guide', 'first-run'];

test('no page asks for a message the catalogue lacks, and none shows a raw key', async ({ context, extensionId }) => {
  const missing: string[] = [];
  for (const name of PAGES) {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.text().includes('Message not found')) missing.push(`${name}: ${message.text()}`);
    });
    await page.goto(`chrome-extension://${extensionId}/${name}.html`);
    await expect(page.locator('h1')).not.toBeEmpty();
    const text = await page.locator('body').innerText();
    expect(text, name).not.toMatch(/__MSG_|\b[a-z]+\.[a-z]+[A-Z]\w*\b/);
    // The title set from the catalogue is the one the HTML starts with.
    expect(await page.title(), name).not.toBe('');
    await page.close();
  }
  expect(missing).toEqual([]);
});
