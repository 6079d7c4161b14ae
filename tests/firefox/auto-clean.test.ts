/**
 * The automatic clean in real Firefox, and the exit where Firefox keeps back
 * lists: deleting history there leaves a support page one Back away in a tab
 * that went on to another site, and in that tab's "Recently closed" entry.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { isProtectedUrl } from '../../utils/shared/protected-sites';
import { PROTECTED, UNRELATED } from '../e2e/sites';
import { hasExitButton, pressShiftThreeTimes, QUICK_EXIT_ORIGIN, state, until, type FirefoxSession } from './firefox';
import { useFirefox } from './session';

let firefox: FirefoxSession;
useFirefox((started) => void ({ firefox } = started));

const support = (urls: string[]) => urls.filter(isProtectedUrl);
const noSupport = (urls: string[]) => support(urls).length === 0;

/** The probe's view of a tab's session history length, read in the page itself. */
const backListLength = (page: Page) => page.evaluate(() => history.length);

async function cookieOf(url: string): Promise<string> {
  const page = await firefox.open(url);
  const cookie = await page.evaluate(() => document.cookie);
  await page.close();
  return cookie;
}

describe('Firefox: the exit and back lists', () => {
  it('support page, then another page in the same tab, then exit: that tab is gone with its closed entry', async () => {
    const { probe } = firefox;
    const wentOn = UNRELATED.recipes + '?after-support';
    const tab = await firefox.open(PROTECTED.domesticAbuse);
    await tab.goto(wentOn);
    expect(await backListLength(tab)).toBeGreaterThan(1);
    const other = await firefox.open(PROTECTED.stalkingHelpline);
    await until(() => hasExitButton(other), Boolean, 'exit button on the support page');

    await pressShiftThreeTimes(other);
    await until(
      () => state.tabs(probe),
      (tabs) => !tabs.some((t) => isProtectedUrl(t.url) || t.url === wentOn),
      'support tabs and the tab that went on from one closed',
    );
    await until(() => state.history(probe), noSupport, 'support history gone');
    await until(
      () => state.recentlyClosed(probe),
      (urls) => noSupport(urls) && !urls.includes(wentOn),
      'no closed entry leads back to a support page',
    );
  });
});

describe('Firefox: the automatic clean', () => {
  beforeAll(async () => {
    // Quick Exit's first-run page is one of its own (protected) pages: close it, so no protected tab is left.
    await firefox.probe.evaluate(async (origin) => {
      for (const tab of await browser.tabs.query({}))
        if (tab.url?.startsWith(origin)) await browser.tabs.remove(tab.id!);
    }, QUICK_EXIT_ORIGIN);
    await until(() => state.history(firefox.probe), noSupport, 'nothing protected before the tests');
  });

  it('one support tab closed: its history, Recently closed entry and cookies go; other history stays', async () => {
    const { probe } = firefox;
    await firefox.open(UNRELATED.news);
    const page = await firefox.open(PROTECTED.stalkingHelpline);
    await page.evaluate(() => {
      document.cookie = 'visited=yes; max-age=3600; path=/; secure';
    });
    expect(support(await state.history(probe))).toEqual([PROTECTED.stalkingHelpline]);

    const closedAt = Date.now();
    await page.close();
    await until(() => state.history(probe), noSupport, 'support history gone');
    await until(() => state.recentlyClosed(probe), noSupport, 'support closed tab gone');
    console.log(`Firefox, tab closed: history and Recently closed clean after ${Date.now() - closedAt} ms`);
    expect(await state.history(probe)).toContain(UNRELATED.news);

    // Reading the cookie opens the site again; closing that tab cleans again.
    expect(await cookieOf(PROTECTED.stalkingHelpline)).toBe('');
    await until(() => state.history(probe), noSupport, 'support history gone after the check');
  });

  it('two support tabs: nothing goes while one is open; the clean follows the second', async () => {
    const { probe } = firefox;
    const first = await firefox.open(PROTECTED.stalkingHelpline);
    const second = await firefox.open(PROTECTED.domesticAbuse);
    await first.close();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(support(await state.history(probe)).length).toBe(2);
    expect(support(await state.recentlyClosed(probe))).toEqual([PROTECTED.stalkingHelpline]);

    await second.close();
    await until(() => state.history(probe), noSupport, 'support history gone');
    await until(() => state.recentlyClosed(probe), noSupport, 'support closed tabs gone');
  });

  it('a support tab that goes on to another site: cleaned, and Back from that page leads nowhere protected', async () => {
    const { probe } = firefox;
    const wentOn = UNRELATED.news + '?after-support';
    const page = await firefox.open(PROTECTED.stalkingHelpline);
    await page.goto(wentOn);
    await until(() => state.history(probe), noSupport, 'support history gone');
    await until(
      () => state.recentlyClosed(probe),
      (urls) => noSupport(urls) && !urls.includes(wentOn),
      'no closed entry leads back to a support page',
    );

    // The tab was replaced by a fresh one on the same page: nothing behind it.
    const tabs = await state.tabs(probe);
    expect(tabs.filter((t) => t.url === wentOn)).toHaveLength(1);
    expect(tabs.some((t) => isProtectedUrl(t.url))).toBe(false);
    const pages = await firefox.browser.pages();
    const replaced = [];
    for (const p of pages) if ((await p.evaluate(() => location.href).catch(() => '')) === wentOn) replaced.push(p);
    expect(replaced).toHaveLength(1);
    expect(await backListLength(replaced[0]!)).toBe(1);
  });
});
