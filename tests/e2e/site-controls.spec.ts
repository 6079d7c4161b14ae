/**
 * Real sites' own exit controls, with their own redirect scripts, on a protected
 * site: a person's click (or the site's Escape key) runs Quick Exit's full exit,
 * and the site's redirect leaves nothing behind. Ordinary controls do nothing.
 * Markups come from tests/fixtures/exit-controls (with their sources).
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { EXIT_CONTROL_CORPUS } from '../fixtures/exit-controls';
import { test, expect } from './fixtures';
import { history, tabs } from './browser-state';
import { DESTINATION, PROTECTED, serveFakeSites, UNRELATED } from './sites';

const SUPPORT = PROTECTED.stalkingHelpline;
const EARLIER_SUPPORT_PAGE = PROTECTED.stalkingHelplineOld;
/** Where the sites' own scripts send people: it must not appear in history after the exit. */
const SITE_REDIRECT = 'https://www.google.com/';

function markupOf(name: string): string {
  const example = EXIT_CONTROL_CORPUS.find((e) => e.name === name);
  if (!example) throw new Error(`No example named ${name}`);
  return example.markup;
}

/** A support page with the site's control in its content (clear of Quick Exit's own button) and its script. */
function supportPage(control: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stalking help</title></head>
<body><h1>Stalking help</h1><p>You are not alone.</p><label>Message <input id="field"></label>
<div style="margin-top: 120px">${control}</div>
<script>${script}</script>
<p style="height: 2000px">A long page.</p></body></html>`;
}

/** Opens an unrelated site, then two pages of the support site, the second with `html`. */
async function openSupportPage(context: BrowserContext, html: string): Promise<Page> {
  await serveFakeSites(context, { [SUPPORT]: html });
  const other = await context.newPage();
  await other.goto(UNRELATED.news);
  const page = await context.newPage();
  await page.goto(EARLIER_SUPPORT_PAGE);
  await page.goto(SUPPORT);
  return page;
}

const supportHistory = async (sw: Worker) =>
  Object.keys(await history(sw)).filter((url) => url.includes('suzylamplugh'));

async function expectFullExit(sw: Worker): Promise<void> {
  await expect.poll(async () => (await tabs(sw)).some((t) => t.active && t.url === DESTINATION)).toBe(true);
  await expect.poll(async () => (await tabs(sw)).filter((t) => t.url.includes('suzylamplugh'))).toEqual([]);
  await expect.poll(() => supportHistory(sw)).toEqual([]);
  const visited = Object.keys(await history(sw));
  expect(visited).toContain(UNRELATED.news);
  // The site's own redirect never ran.
  expect(visited).not.toContain(SITE_REDIRECT);
}

/** Nothing happened: the page is still there, uncovered, and both support pages are still in history. */
async function expectStillThere(page: Page, sw: Worker): Promise<void> {
  // Long enough for an exit to have covered the page and closed the tab, had one started.
  await page.waitForTimeout(1500);
  expect(await page.title()).toBe('Stalking help');
  expect((await tabs(sw)).some((t) => t.url === SUPPORT)).toBe(true);
  expect(await supportHistory(sw)).toEqual(expect.arrayContaining([SUPPORT, EARLIER_SUPPORT_PAGE]));
}

const REDIRECT_ON_CLICK = (selector: string) =>
  `document.addEventListener('click', (e) => { if (e.target.closest(${JSON.stringify(selector)})) { e.preventDefault(); location.replace('${SITE_REDIRECT}'); } });`;

test.describe('support sites’ own exit controls, as real sites write them', () => {
  test('a link: Scotland’s “Hide this page”, whose script replaces the page', async ({ context, sw }) => {
    const page = await openSupportPage(
      context,
      supportPage(markupOf('Scottish Government design system “Hide this page”'), REDIRECT_ON_CLICK('.js-hide-page')),
    );
    await page.locator('.ds_hide-page__button strong').click();
    await expectFullExit(sw);
  });

  test('a button made by the site’s script: Stirling’s “↰ Leave this website quickly”', async ({ context, sw }) => {
    const page = await openSupportPage(
      context,
      supportPage(
        '',
        `const button = document.createElement('button');
         button.id = 'get-away';
         button.innerHTML = '↰ Leave this website quickly <br><small>click this button or press <kbd>Esc</kbd> </small>';
         document.querySelector('div').appendChild(button);
         button.addEventListener('click', () => { window.open('${SITE_REDIRECT}', '_newtab'); location.replace('${SITE_REDIRECT}'); });`,
      ),
    );
    await page.locator('#get-away').click();
    await expectFullExit(sw);
  });

  test('a plain <div> the site’s script handles: Our Wave’s “Safety Exit”', async ({ context, sw }) => {
    const page = await openSupportPage(
      context,
      supportPage(
        markupOf('Our Wave escape button (JavaScript and WordPress): a <div> its script handles').replace(
          'script-enabled ',
          '',
        ),
        REDIRECT_ON_CLICK('.ow-leave-page-fab'),
      ),
    );
    await page.locator('.ow-leave-page-fab h3').click();
    await expectFullExit(sw);
  });

  test('a plain <aside> the site’s script handles: the “Safety Exit” WordPress plugin', async ({ context, sw }) => {
    const page = await openSupportPage(
      context,
      supportPage(
        markupOf('WordPress “Safety Exit” plugin, rectangle: an <aside> its script handles').replace(
          'class="bottom right rectangle"',
          'class="rectangle"',
        ),
        REDIRECT_ON_CLICK('#sftExt-frontend-button'),
      ),
    );
    await page.locator('.sftExt-inner').click();
    await expectFullExit(sw);
  });

  test('a button inside a web component’s open shadow root', async ({ context, sw }) => {
    // <quick-exit-button>'s own template and labels, registered here under another tag: the
    // collision of that tag with Quick Exit's own element is a separate matter.
    const example = EXIT_CONTROL_CORPUS.find((e) => e.name.startsWith('Web component <quick-exit-button>'))!;
    const page = await openSupportPage(
      context,
      supportPage(
        '<safety-quick-exit></safety-quick-exit>',
        `customElements.define('safety-quick-exit', class extends HTMLElement {
           constructor() {
             super();
             this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(example.shadow!.html)};
             this.shadowRoot.querySelector('.exit-button').addEventListener('click', () => location.replace('${SITE_REDIRECT}'));
           }
         });`,
      ),
    );
    await page.locator('safety-quick-exit .main-text').click();
    await expectFullExit(sw);
  });

  test('a web component whose host handles the click, with only an icon inside', async ({ context, sw }) => {
    const example = EXIT_CONTROL_CORPUS.find((e) => e.name.startsWith('Web component <exit-button>'))!;
    const page = await openSupportPage(
      context,
      supportPage(
        '<exit-button></exit-button>',
        `customElements.define('exit-button', class extends HTMLElement {
           constructor() {
             super();
             this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(example.shadow!.html)}.replace('<i ', '<i style="display:inline-block;width:40px;height:40px" ');
             this.addEventListener('click', () => location.replace('${SITE_REDIRECT}'));
           }
         });`,
      ),
    );
    await page.locator('exit-button i').click();
    await expectFullExit(sw);
  });

  test('a control whose script leaves on the press, before any click', async ({ context, sw }) => {
    const page = await openSupportPage(
      context,
      supportPage(
        `<a class="exit-btn" href="https://www.bbc.co.uk/news">Exit Page →</a>`,
        `document.querySelector('.exit-btn').addEventListener('mousedown', () => location.replace('${SITE_REDIRECT}'));
         document.querySelector('.exit-btn').addEventListener('pointerdown', () => location.replace('${SITE_REDIRECT}'));`,
      ),
    );
    await page.locator('.exit-btn').click();
    await expectFullExit(sw);
  });

  test('ordinary controls do nothing: their own scripts run, the page stays', async ({ context, sw }) => {
    const ordinary = [
      '“Exit survey” link',
      '“Log out” link',
      'Cookie banner “Hide this message”',
      '“Leave feedback” button',
      '“End chat” in a chat window',
      'Guidance link “Cover your tracks online”',
    ].map(markupOf);
    const page = await openSupportPage(
      context,
      supportPage(
        ordinary.join('\n') +
          `<button type="button" id="open-dialog">Sign up</button>
           <dialog id="dialog"><p>Sign up</p><button type="button" class="close" aria-label="Close"><span aria-hidden="true">×</span></button></dialog>`,
        // The site's handlers: links go nowhere here, so only Quick Exit could make anything leave.
        `document.addEventListener('click', (e) => {
           if (e.target.closest('a')) e.preventDefault();
           if (e.target.closest('.cookie-banner__hide')) e.target.closest('.cookie-banner').remove();
           if (e.target.closest('#open-dialog')) document.getElementById('dialog').showModal();
           if (e.target.closest('.close')) document.getElementById('dialog').close();
         });`,
      ),
    );
    for (const name of ['Exit survey', 'Log out', 'Leave feedback', 'End chat', 'Cover your tracks online']) {
      await page.getByText(name, { exact: true }).click();
    }
    await page.getByRole('button', { name: 'Hide this message' }).click();
    await expect(page.locator('.cookie-banner')).toHaveCount(0);
    await page.locator('#open-dialog').click();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('#dialog')).not.toHaveAttribute('open');
    await expectStillThere(page, sw);
  });
});

test.describe('the site’s own Escape key', () => {
  /** A site that binds Escape to its redirect, skipping text fields as well-made quick-exit scripts do. */
  const ESCAPE_SITE = supportPage(
    `<button type="button" class="quick-exit-btn">Quick exit (Esc)</button>`,
    `document.addEventListener('keyup', (e) => {
       if (e.key !== 'Escape' || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
       location.replace('${SITE_REDIRECT}');
     });`,
  );

  test('Escape on a page whose script replaces the page on Escape runs the full exit', async ({ context, sw }) => {
    const page = await openSupportPage(context, ESCAPE_SITE);
    await page.locator('h1').click();
    await page.keyboard.press('Escape').catch(() => undefined);
    await expectFullExit(sw);
  });

  test('Escape in a text field on the same page does nothing', async ({ context, sw }) => {
    const page = await openSupportPage(context, ESCAPE_SITE);
    await page.locator('#field').fill('a message');
    await page.keyboard.press('Escape');
    await expectStillThere(page, sw);
  });

  test('Escape on a support page without an exit control of its own does nothing', async ({ context, sw }) => {
    const page = await openSupportPage(context, supportPage('<button type="button">Read more</button>'));
    await page.locator('h1').click();
    await page.keyboard.press('Escape');
    await expectStillThere(page, sw);
  });
});
