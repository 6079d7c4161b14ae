/**
 * Quick Exit's own pages in Firefox: the settings, and a site added from the
 * popup. Each test has its own browser: the exit closes every Quick Exit page,
 * and a page of Quick Exit's is what these tests start from.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTECTED, UNRELATED } from '../e2e/sites';
import { startFakeWeb, type FakeWeb } from './fake-web';
import { hasExitButton, pressShiftThreeTimes, startFirefox, state, until, type FirefoxSession } from './firefox';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations, run inside the page (Firefox has no Playwright axe helper here). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => v.id);
  });
}

const text = (page: Page) => page.evaluate(() => document.body.innerText);

let web: FakeWeb;
let firefox: FirefoxSession;

describe('Quick Exit pages in Firefox', () => {
  beforeEach(async () => {
    web = await startFakeWeb();
    firefox = await startFirefox(web.port, { grantOptionalPermissions: true });
  });

  afterEach(async () => {
    await firefox?.close();
    await web?.close();
  });

  it('the settings save a destination that the next exit uses, with words from the catalogue and no axe violation', async () => {
    const options = await firefox.openExtensionPage('/options.html');
    await until(
      () => text(options),
      (t) => t.includes('Where the exit goes'),
      'settings rendered',
    );
    expect(await axeViolations(options)).toEqual([]);
    await options.click('#destination');
    await options.keyboard.down('Control');
    await options.keyboard.press('KeyA');
    await options.keyboard.up('Control');
    await options.keyboard.type(UNRELATED.recipes);
    await options.click('form button[type="submit"]');
    await until(
      () => text(options),
      (t) => t.includes(`Saved. The next exit goes to ${UNRELATED.recipes}`),
      'saved',
    );

    const support = await firefox.open(PROTECTED.stalkingHelpline);
    await until(() => hasExitButton(support), Boolean, 'exit button');
    await pressShiftThreeTimes(support);
    await until(
      () => state.tabs(firefox.probe),
      (tabs) => tabs.some((t) => t.active && t.url === UNRELATED.recipes),
      'the saved destination active',
    );
  });

  it('a site added from the popup (no axe violation) is stored without its name, gets the button after a reload, and the exit removes it', async () => {
    const site = await firefox.open('https://my-local-refuge.example/help');
    expect(await hasExitButton(site)).toBe(false);
    const popup = await firefox.openExtensionPage('/popup.html', 'https://my-local-refuge.example/*');
    await until(
      () => text(popup),
      (t) => t.includes('Add this site to Quick Exit'),
      'the offer',
    );
    await popup.click('.add-site button');
    await until(
      () => text(popup),
      (t) => t.includes('Added.'),
      'added',
    );
    const stored = await popup.evaluate(async () =>
      JSON.stringify(await (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get(null)),
    );
    expect(stored).toContain('userSites');
    expect(stored).not.toContain('my-local-refuge');

    await site.reload();
    await until(() => hasExitButton(site), Boolean, 'exit button on the added site');
    await pressShiftThreeTimes(site);
    await until(
      () => state.tabs(firefox.probe),
      (tabs) => !tabs.some((t) => t.url.includes('my-local-refuge.example')),
      'added site closed',
    );
    await until(
      () => state.history(firefox.probe),
      (urls) => !urls.some((u) => u.includes('my-local-refuge.example')),
      'added site gone from history',
    );
  });
});
