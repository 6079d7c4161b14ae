/** Observations made inside a page (its main world), as a person's browser would show them. */
import type { CDPSession, Page } from '@playwright/test';

import { BUTTON_ELEMENT_PREFIX, COVER_ELEMENT_PREFIX } from '../../utils/page-script/page-element-names';

/** The button's element: its name is new on every page load, only its prefix is known. */
export const BUTTON_HOST = `xpath=//*[starts-with(local-name(), "${BUTTON_ELEMENT_PREFIX}")]`;
export const isButtonHostName = (name: string | undefined) => !!name?.startsWith(BUTTON_ELEMENT_PREFIX);
/** Matches the cover's element name. */
export const COVER_NAME = new RegExp(`^${COVER_ELEMENT_PREFIX}`);

/**
 * Where the exit button is drawn. It sits in a closed shadow root, out of reach
 * of page scripts and of Playwright's locators, so it is found the way assistive
 * technology finds it: in the browser's accessibility tree.
 */
export async function exitButtonBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  await page.locator(BUTTON_HOST).waitFor({ state: 'attached' });
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === 'Emergency Exit this page');
    if (!button?.backendDOMNodeId) throw new Error('exit button not in the accessibility tree');
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendDOMNodeId });
    const [x1, y1, , , x3, y3] = model.border;
    return { x: x1!, y: y1!, width: x3! - x1!, height: y3! - y1! };
  } finally {
    await cdp.detach();
  }
}

/** Clicks the exit button like a person: with the mouse, where it is drawn. */
export async function clickExitButton(page: Page): Promise<void> {
  const box = await exitButtonBox(page);
  // A mouse starts the exit as its button goes down: the tab may be gone before the release.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2).catch((error: Error) => {
    if (!page.isClosed()) throw error;
  });
}

export interface CoverCheck {
  visibility: string;
  title: string;
  topElement: string | undefined;
}

/**
 * Resolves with what the page looked like when the cover went up, reported
 * through the console because the tab closes right after. A MutationObserver
 * reports: its callback runs in the microtask checkpoint right after the
 * extension's handler returns, before control goes back to the event loop and
 * before any frame is drawn. (The extension stops the events aimed at its own
 * button, and a mouse starts the exit on pointerdown, so a page listener for the
 * click would not see it.)
 */
export function coverStateAfter(page: Page): Promise<CoverCheck> {
  const seen = new Promise<CoverCheck>((resolve) => {
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('cover-check ')) resolve(JSON.parse(text.slice('cover-check '.length)));
    });
  });
  return page
    .evaluate((coverPrefix) => {
      const report = () => {
        const state = {
          visibility: getComputedStyle(document.documentElement).visibility,
          title: document.title,
          topElement: document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.localName,
        };
        if (state.title === 'Loading') console.log('cover-check ' + JSON.stringify(state));
      };
      new MutationObserver(
        () => [...document.documentElement.children].some((e) => e.localName.startsWith(coverPrefix)) && report(),
      ).observe(document.documentElement, { childList: true });
    }, COVER_ELEMENT_PREFIX)
    .then(() => seen);
}

/** The names and roles Chromium's accessibility tree exposes (closed shadow roots included). */
export async function accessibleNodes(page: Page): Promise<{ role: string; name: string }[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? '') }));
}
