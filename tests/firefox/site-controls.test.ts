/**
 * Support sites' own exit controls in real Firefox: the content script reads the
 * click's composed path and the page's open shadow roots through Firefox's
 * wrappers, so a control inside a web component and the site's Escape key are
 * checked here too. The site's markup and script are put into the page from its
 * own world, as the site's script would.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { isProtectedUrl } from '../../utils/shared/protected-sites';
import { DESTINATION, PROTECTED, UNRELATED } from '../e2e/sites';
import { hasExitButton, state, until, type FirefoxSession } from './firefox';
import { useFirefox } from './session';

const SITE_REDIRECT = 'https://www.google.com/';

let firefox: FirefoxSession;
useFirefox(async (started) => {
  ({ firefox } = started);
  await firefox.open(UNRELATED.news);
});

async function openSupportPage(): Promise<Page> {
  const support = await firefox.open(PROTECTED.stalkingHelpline);
  await until(() => hasExitButton(support), Boolean, 'exit button on the support page');
  return support;
}

async function expectFullExit(): Promise<void> {
  const { probe } = firefox;
  await until(
    () => state.tabs(probe),
    (list) => list.some((t) => t.active && t.url === DESTINATION) && !list.some((t) => isProtectedUrl(t.url)),
    'destination active and no protected tab',
  );
  await until(
    () => state.history(probe),
    (urls) => !urls.some(isProtectedUrl),
    'protected history gone',
  );
  const visited = await state.history(probe);
  expect(visited).toContain(UNRELATED.news);
  expect(visited).not.toContain(SITE_REDIRECT);
}

describe('Firefox: support sites’ own exit controls', () => {
  it('a click on a button inside a web component’s open shadow root runs the full exit', async () => {
    const support = await openSupportPage();
    await support.evaluate((redirect) => {
      customElements.define(
        'safety-quick-exit',
        class extends HTMLElement {
          constructor() {
            super();
            const shadow = this.attachShadow({ mode: 'open' });
            shadow.innerHTML = '<button class="exit-button"><span class="main-text">Quick Exit</span></button>';
            shadow.querySelector('button')!.addEventListener('click', () => location.replace(redirect));
          }
        },
      );
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<safety-quick-exit></safety-quick-exit>');
    }, SITE_REDIRECT);
    const inner = await support.waitForSelector('safety-quick-exit >>> .main-text');
    await support.bringToFront();
    await inner!.click();
    await expectFullExit();
  });

  it('Escape on a page whose script leaves on Escape runs the full exit; in a text field it does nothing', async () => {
    const support = await openSupportPage();
    await support.evaluate((redirect) => {
      document
        .querySelector('main')!
        .insertAdjacentHTML('afterbegin', '<button type="button" class="quick-exit-btn">Quick exit (Esc)</button>');
      document.addEventListener('keyup', (event) => {
        if (event.key !== 'Escape' || /^(INPUT|TEXTAREA|SELECT)$/.test((event.target as Element).tagName)) return;
        location.replace(redirect);
      });
    }, SITE_REDIRECT);
    await support.bringToFront();
    await support.click('#field');
    await support.keyboard.press('Escape');
    // Still there after a text field's Escape: the person is typing, not leaving.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await support.title()).not.toBe('Loading');
    expect((await state.tabs(firefox.probe)).some((t) => t.url === PROTECTED.stalkingHelpline)).toBe(true);

    await support.click('h1');
    await support.keyboard.press('Escape').catch(() => undefined);
    await expectFullExit();
  });
});
