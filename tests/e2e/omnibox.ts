/**
 * What the address bar would suggest for some typed text, read from Chromium's
 * own debugging page for it (chrome://omnibox), which runs the real
 * autocomplete providers (history, shortcuts...).
 */
import type { BrowserContext } from '@playwright/test';

export async function addressBarSuggestions(context: BrowserContext, typed: string): Promise<string> {
  const page = await context.newPage();
  // Debugging pages are off by default: switch them on for this profile.
  await page.goto('chrome://chrome-urls');
  const enable = page.getByRole('button', { name: /enable internal debugging pages/i });
  if (await enable.isVisible()) await enable.click();
  await page.goto('chrome://omnibox');
  const input = page.locator('#input-text');
  await input.fill(typed);
  await input.press('Enter');
  await page.waitForTimeout(1000);
  const text = await page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      root.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
      parts.push(root instanceof Document ? (root.body?.textContent ?? '') : (root.textContent ?? ''));
    };
    walk(document);
    return parts.join(' ');
  });
  await page.close();
  return text;
}
