/**
 * The exit must work on the worst page: one that hides or covers everything,
 * swallows keys, removes the button, forbids inline styles, blocks leaving,
 * plays media, rewrites its URL, or keeps focus in an iframe or a text field.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { history, tabs } from './browser-state';
import {
  BUTTON_HOST,
  COVER_NAME,
  isButtonHostName,
  clickExitButton,
  coverStateAfter,
  exitButtonBox,
} from './page-checks';
import { DESTINATION, page as fakeSitePage, PROTECTED, serveFakeSites, UNRELATED } from './sites';

const SUPPORT = PROTECTED.stalkingHelpline;

function hostile(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile support page</title>${head}</head>
<body><h1>Support</h1><label>Field <input id="field"></label>${body}</body></html>`;
}

async function serveHostile(
  context: BrowserContext,
  html: string,
  headers: Record<string, string> = {},
  extraPages: Record<string, string> = {},
) {
  await serveFakeSites(context, extraPages);
  await context.route(SUPPORT, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }),
  );
  const other = await context.newPage();
  await other.goto(UNRELATED.news);
  const page = await context.newPage();
  await page.goto(SUPPORT);
  return page;
}

async function expectExitedAndCleaned(sw: Worker): Promise<void> {
  await expect.poll(async () => (await tabs(sw)).some((t) => t.active && t.url === DESTINATION)).toBe(true);
  await expect.poll(async () => (await tabs(sw)).filter((t) => t.url.includes('suzylamplugh'))).toEqual([]);
  await expect.poll(async () => Object.keys(await history(sw)).filter((u) => u.includes('suzylamplugh'))).toEqual([]);
  expect(Object.keys(await history(sw))).toContain(UNRELATED.news);
}

async function pressShiftThreeTimes(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift').catch(() => undefined);
}

// Re-posts each window message once and re-dispatches it as a document event of its type, as a
// page would to end a WXT content-script context; records everything it heard.
const REPLAY_EVERY_MESSAGE = `<script>
  window.heard = [];
  const replayed = new Set();
  window.addEventListener('message', (e) => {
    const text = JSON.stringify(e.data);
    window.heard.push(text);
    if (replayed.has(text)) return;
    replayed.add(text);
    window.postMessage(e.data, '*');
    const type = e.data && typeof e.data.type === 'string' ? e.data.type : 'message-replay';
    document.dispatchEvent(new CustomEvent(type, { detail: { ...e.data, messageId: 'page' } }));
  }, true);
  for (const name of ['DOMContentLoaded', 'readystatechange'])
    document.addEventListener(name, () => window.heard.push('event:' + name), true);
</script>`;

test.describe('hostile pages', () => {
  test('a page that hides everything with !important CSS: Shift x3 still leaves', async ({ context, sw }) => {
    const page = await serveHostile(context, hostile('', '<style>* { display: none !important; }</style>'));
    await page.locator(BUTTON_HOST).waitFor({ state: 'attached' });
    await pressShiftThreeTimes(page);
    await expectExitedAndCleaned(sw);
  });

  for (const [name, css] of [
    ['visibility: hidden', '* { visibility: hidden !important; }'],
    ['all: unset', '* { all: unset !important; }'],
    [
      'an overlay with the highest z-index',
      'body::after { content: ""; position: fixed; inset: 0; z-index: 2147483647; background: #000; }',
    ],
    ['transforms and opacity', 'html, body { opacity: 0.01 !important; transform: scale(0.1) !important; }'],
  ]) {
    test(`a page using ${name}: the button is still there and works`, async ({ context, sw }) => {
      const page = await serveHostile(context, hostile('', `<style>${css}</style>`));
      const box = await exitButtonBox(page);
      expect(box.width).toBeGreaterThan(100);
      await clickExitButton(page);
      await expectExitedAndCleaned(sw);
    });
  }

  test('a page that swallows key events in the capture phase: Shift x3 still leaves', async ({ context, sw }) => {
    const swallow = `<script>
      for (const target of [window, document]) for (const type of ['keydown', 'keyup', 'keypress'])
        target.addEventListener(type, (e) => { e.stopImmediatePropagation(); e.preventDefault(); }, true);
    </script>`;
    const page = await serveHostile(context, hostile(swallow));
    await page.locator('#field').click();
    await pressShiftThreeTimes(page);
    await expectExitedAndCleaned(sw);
  });

  test('a page that removes the button: it comes back', async ({ context, sw }) => {
    const page = await serveHostile(context, hostile(''));
    await page.locator(BUTTON_HOST).waitFor({ state: 'attached' });
    await page.locator(BUTTON_HOST).evaluate((host) => host.remove());
    await expect(page.locator(BUTTON_HOST)).toHaveCount(1);
    await page.evaluate(() => (document.body.innerHTML = '<p>Replaced</p>'));
    await expect(page.locator(BUTTON_HOST)).toHaveCount(1);
    await clickExitButton(page);
    await expectExitedAndCleaned(sw);
  });

  test('a page with a strict Content-Security-Policy', async ({ context, sw }) => {
    const page = await serveHostile(context, hostile('<p style="color:red">inline</p>'), {
      'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'",
    });
    const box = await exitButtonBox(page);
    expect(box.height).toBeGreaterThan(40);
    const cover = coverStateAfter(page);
    await clickExitButton(page);
    expect(await cover).toEqual({
      visibility: 'hidden',
      title: 'Loading',
      topElement: expect.stringMatching(COVER_NAME),
    });
    await expectExitedAndCleaned(sw);
  });

  test('a page that blocks leaving with beforeunload', async ({ context, sw }) => {
    const block = `<script>
      window.onbeforeunload = (e) => { e.preventDefault(); e.returnValue = 'Stay'; return 'Stay'; };
      window.addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = 'Stay'; });
    </script>`;
    const page = await serveHostile(context, hostile(block));
    // A prompt that appeared would keep the page: "Stay".
    page.on('dialog', (dialog) => void dialog.dismiss());
    await page.locator('#field').click();
    await clickExitButton(page);
    await expectExitedAndCleaned(sw);
  });

  test('a page that plays media: it stops with the cover', async ({ context, sw }) => {
    const media = `<audio id="sound" loop src="data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA="></audio>
      <script>
        window.addEventListener('click', () => {
          const audio = document.getElementById('sound');
          if (document.title === 'Loading') console.log('media-after-cover ' + audio.paused + ' ' + audio.muted);
        });
      </script>`;
    const page = await serveHostile(context, hostile(media));
    await page.evaluate(() => (document.getElementById('sound') as HTMLAudioElement).play().catch(() => undefined));
    const seen = new Promise<string>((resolve) =>
      page.on('console', (m) => m.text().startsWith('media-after-cover') && resolve(m.text())),
    );
    await clickExitButton(page);
    expect(await seen).toBe('media-after-cover true true');
    await expectExitedAndCleaned(sw);
  });

  test('a single-page app that changes its URL with pushState', async ({ context, sw }) => {
    const page = await serveHostile(context, hostile(''));
    await page.evaluate(() => {
      window.history.pushState({}, '', '/stalking-help/advice');
      window.history.pushState({}, '', '/stalking-help/report');
    });
    await clickExitButton(page);
    await expectExitedAndCleaned(sw);
  });

  test('a page that stops clicks, pointer and mouse events at the window: the button still leaves', async ({
    context,
    sw,
  }) => {
    const stopAll = `<script>
      for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'auxclick'])
        for (const target of [window, document])
          target.addEventListener(type, (e) => { e.stopImmediatePropagation(); e.preventDefault(); }, true);
    </script>`;
    const page = await serveHostile(context, hostile('', stopAll));
    await clickExitButton(page);
    await expectExitedAndCleaned(sw);
  });

  test("a page that defines custom elements named like Quick Exit's: the button and cover still work", async ({
    context,
    sw,
  }) => {
    // A public quick-exit web component uses the tag quick-exit-button; a hostile page can define any name it knows.
    const squat = `<script>
      for (const name of ['quick-exit-button', 'quick-exit-cover'])
        customElements.define(name, class extends HTMLElement {
          constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<button>Not the exit</button>'; }
          connectedCallback() { this.remove(); }
        });
    </script>`;
    const page = await serveHostile(context, hostile('', squat));
    const cover = coverStateAfter(page);
    await clickExitButton(page);
    expect(await cover).toEqual({
      visibility: 'hidden',
      title: 'Loading',
      topElement: expect.stringMatching(COVER_NAME),
    });
    await expectExitedAndCleaned(sw);
  });

  test('a page that replays every message and event it sees cannot switch Quick Exit off, nor learn of it', async ({
    context,
    sw,
    extensionId,
  }) => {
    const exitLink = '<p><a href="https://www.bbc.co.uk/weather" id="site-exit">Exit this page</a></p>';
    const page = await serveHostile(context, hostile(exitLink, REPLAY_EVERY_MESSAGE));
    await page.locator(BUTTON_HOST).waitFor({ state: 'attached' });
    // Give a replayed message time to arrive and act.
    await page.waitForTimeout(500);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard.join('\n'));
    expect(heard).not.toContain(extensionId);
    expect(heard).not.toContain('content-script-started');
    await expect(page.locator(BUTTON_HOST)).toHaveCount(1);
    await page.locator('#field').click();
    await pressShiftThreeTimes(page);
    await expectExitedAndCleaned(sw);
  });

  test('a replaying page cannot stop the takeover of its own exit link either', async ({ context, sw }) => {
    const exitLink = '<p><a href="https://www.bbc.co.uk/weather" id="site-exit">Exit this page</a></p>';
    const page = await serveHostile(context, hostile(exitLink, REPLAY_EVERY_MESSAGE));
    await page.waitForTimeout(500);
    await page.locator('#site-exit').click();
    await expectExitedAndCleaned(sw);
  });

  test('an exit from inside an iframe of the site', async ({ context, sw }) => {
    const page = await serveHostile(
      context,
      hostile(`<iframe src="${SUPPORT}/frame" title="Form"></iframe>`),
      {},
      {
        [SUPPORT + '/frame']: '<!doctype html><label>Inside <input id="inner"></label>',
      },
    );
    await page.frameLocator('iframe').locator('#inner').click();
    await pressShiftThreeTimes(page);
    await expectExitedAndCleaned(sw);
  });
});

test.describe('what a page can see and do', () => {
  test('it cannot reach into the button, message the extension, or detect it through its files', async ({
    context,
    extensionId,
  }) => {
    const page = await serveHostile(context, hostile(''));
    await page.locator(BUTTON_HOST).waitFor({ state: 'attached' });
    const seen = await page.locator(BUTTON_HOST).evaluate(async (host, id) => {
      const fetched = await fetch(`chrome-extension://${id}/manifest.json`).then(
        () => 'readable',
        () => 'blocked',
      );
      return {
        shadowRoot: (host as HTMLElement).shadowRoot,
        runtime: typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
          ?.sendMessage,
        fetched,
      };
    }, extensionId);
    expect(seen).toEqual({ shadowRoot: null, runtime: 'undefined', fetched: 'blocked' });
  });
});

test.describe('site permissions', () => {
  const ask = `<script>
    window.asked = () => Notification.requestPermission();
    window.isNative = () => Notification.requestPermission.toString().includes('[native code]');
  </script>`;

  test('a support site’s request to send notifications never reaches the browser; other sites are untouched', async ({
    context,
    sw,
  }) => {
    const other = new URL('ask', UNRELATED.recipes + '/').href;
    const page = await serveHostile(context, hostile('', ask), {}, { [other]: fakeSitePage('Recipes', ask) });
    expect(sw.url()).toContain('background.js');
    // Answered at once as a dismissed prompt would be: no prompt is shown, nothing is granted.
    expect(await page.evaluate(() => (window as unknown as { asked(): Promise<string> }).asked())).toBe('default');
    expect(await page.evaluate(() => Notification.permission)).toBe('default');
    // What the browser keeps for the site: no decision at all, so nothing is listed in its site settings.
    expect(
      await page.evaluate(() => navigator.permissions.query({ name: 'notifications' }).then((status) => status.state)),
    ).toBe('prompt');
    expect(await page.evaluate(() => (window as unknown as { isNative(): boolean }).isNative())).toBe(false);
    // The guard leaves no global behind in the page's world.
    expect(await page.evaluate(() => Object.keys(window).filter((key) => /guard|quick|exit/i.test(key)))).toEqual([]);
    const elsewhere = await context.newPage();
    await elsewhere.goto(other);
    expect(await elsewhere.evaluate(() => (window as unknown as { isNative(): boolean }).isNative())).toBe(true);
  });
});
