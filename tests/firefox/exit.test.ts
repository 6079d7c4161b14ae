/**
 * The exit in real Firefox (Debian's firefox-esr) with the built Firefox
 * extension: Firefox keeps closed tabs in "Recently closed" after their history
 * is deleted, so this is where sessions.forgetClosedTab has to work.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { isProtectedUrl } from '../../utils/shared/protected-sites';
import { DESTINATION, PROTECTED, UNRELATED } from '../e2e/sites';
import { hasExitButton, pressShiftThreeTimes, state, until, type FirefoxSession } from './firefox';
import { useFirefox } from './session';

let firefox: FirefoxSession;
useFirefox((started) => void ({ firefox } = started));

describe('Firefox', () => {
  it('the exit leaves for the destination and removes protected tabs, history and Recently closed entries', async () => {
    const { probe } = firefox;
    await firefox.open(UNRELATED.news);
    const closedEarlier = await firefox.open(PROTECTED.domesticAbuse);
    await closedEarlier.close();
    const support = await firefox.open(PROTECTED.stalkingHelpline);
    await until(() => hasExitButton(support), Boolean, 'exit button on the support page');

    // Before: the traces are there.
    expect((await state.history(probe)).filter(isProtectedUrl).length).toBeGreaterThanOrEqual(2);
    expect(await state.recentlyClosed(probe)).toContain(PROTECTED.domesticAbuse);

    await pressShiftThreeTimes(support);

    const tabs = await until(
      () => state.tabs(probe),
      (list) => list.some((t) => t.active && t.url === DESTINATION) && !list.some((t) => isProtectedUrl(t.url)),
      'destination active and no protected tab',
    );
    expect(tabs.filter((t) => t.url === DESTINATION)).toHaveLength(1);
    await until(
      () => state.history(probe),
      (urls) => !urls.some(isProtectedUrl),
      'protected history gone',
    );
    await until(
      () => state.recentlyClosed(probe),
      (urls) => !urls.some(isProtectedUrl),
      'protected closed tabs gone',
    );
    expect(await state.history(probe)).toContain(UNRELATED.news);
  });

  it("the exit clears cookies and storage of support sites by host name, and keeps other sites' data", async () => {
    const remember = (page: Page) =>
      page.evaluate(() => {
        localStorage.setItem('kept', 'yes');
        document.cookie = 'kept=yes; max-age=3600; path=/; secure';
      });
    const stored = async (url: string) => {
      const page = await firefox.open(url);
      const found = await page.evaluate(() => ({ storage: localStorage.getItem('kept'), cookie: document.cookie }));
      await page.close();
      return found;
    };
    await remember(await firefox.open(UNRELATED.recipes));
    const support = await firefox.open(PROTECTED.domesticAbuse);
    await remember(support);
    await until(() => hasExitButton(support), Boolean, 'exit button on the support page');

    await pressShiftThreeTimes(support);
    await until(
      () => state.tabs(firefox.probe),
      (list) => !list.some((t) => isProtectedUrl(t.url)),
      'support tab closed',
    );
    // The clean follows the tab closing; site data is its fourth step.
    await until(
      () => stored(PROTECTED.domesticAbuse),
      (found) => found.storage === null && found.cookie === '',
      'support site data gone',
    );
    expect(await stored(UNRELATED.recipes)).toEqual({ storage: 'yes', cookie: 'kept=yes' });
  });
});
