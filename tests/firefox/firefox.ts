/**
 * Firefox (FIREFOX_PATH, else Debian's firefox-esr, else firefox) driven by
 * puppeteer-core over WebDriver BiDi, with the built Firefox extension installed
 * and a test probe extension beside it. The extensions' internal UUIDs are fixed
 * by preference, so their pages are known.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath } from '../../scripts/setup/find-browser.mjs';
import { BUTTON_ELEMENT_PREFIX } from '../../utils/page-script/page-element-names';
import { GECKO_ID } from '../../wxt.config';

export const FIREFOX = firefoxPath();
export const EXTENSION_DIR = resolve('.output/firefox-mv3');
const PROBE_DIR = resolve('tests/firefox/probe-extension');
const PROBE_ID = 'probe@quick-exit.test';

export const QUICK_EXIT_UUID = '0b7c6f2e-6a57-4c1e-9d55-5d0e8f1c0a01';
const PROBE_UUID = '0b7c6f2e-6a57-4c1e-9d55-5d0e8f1c0a02';
export const QUICK_EXIT_ORIGIN = `moz-extension://${QUICK_EXIT_UUID}/`;

export interface FirefoxSession {
  browser: Browser;
  /** The probe's own page: evaluate `browser.*` calls there to read the browser's state. */
  probe: Page;
  /** Opens a web page in a new tab. */
  open(url: string): Promise<Page>;
  /**
   * Opens one of Quick Exit's pages, as Quick Exit itself would: from its
   * first-run page (open since install). `openerUrl` names the tab it is opened from.
   */
  openExtensionPage(path: string, openerUrl?: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /**
   * Grant optional permissions without Firefox's prompt, which puppeteer cannot
   * answer (the prompt itself is tested in Chromium, with a real key press).
   */
  grantOptionalPermissions?: boolean;
  /**
   * A profile kept across starts, for restart tests: Quick Exit is installed
   * into it as an unsigned add-on (allowed in Firefox ESR), which a restart keeps,
   * unlike a temporary one; and Firefox restores the previous session.
   */
  profileDir?: string;
}

/** Puts the built extension into the profile's own add-ons folder, where Firefox loads it at every start. */
function installIntoProfile(profileDir: string): void {
  const folder = join(profileDir, 'extensions');
  mkdirSync(folder, { recursive: true });
  const xpi = join(folder, `${GECKO_ID}.xpi`);
  if (!existsSync(xpi)) execFileSync('zip', ['-qr', xpi, '.'], { cwd: EXTENSION_DIR });
}

/** Asked of the page itself: Puppeteer's own record of a tab the extension opened stays "about:blank". */
const addressOf = (page: Page) => page.evaluate(() => location.href).catch(() => '');

async function pageWithUrl(
  browser: Browser,
  prefix: string,
  usable: (page: Page) => Promise<boolean> = async () => true,
): Promise<Page> {
  for (const until = Date.now() + 15_000; Date.now() < until;) {
    for (const page of await browser.pages())
      if ((await addressOf(page)).startsWith(prefix) && (await usable(page))) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No page at ${prefix}`);
}

export async function startFirefox(proxyPort: number, options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const { profileDir } = options;
  if (profileDir) installIntoProfile(profileDir);
  const browser = await puppeteer.launch({
    userDataDir: profileDir,
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      // Every http(s) request, from every tab, to the fake web (tests/firefox/fake-web.ts).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: QUICK_EXIT_UUID, [PROBE_ID]: PROBE_UUID }),
      'extensions.webextOptionalPermissionPrompts': !options.grantOptionalPermissions,
      ...(profileDir && {
        'xpinstall.signatures.required': false,
        'extensions.autoDisableScopes': 0,
        // Restore the previous session's windows and tabs at start.
        'browser.startup.page': 3,
        'browser.sessionstore.resume_from_crash': true,
        // Written every half second, so a crash right after a visit still has it to restore.
        'browser.sessionstore.interval': 500,
      }),
    },
  });
  try {
    if (!profileDir) await browser.installExtension(EXTENSION_DIR);
    await browser.installExtension(PROBE_DIR);
    // A restored session may hold the last start's probe tab, left without the API: take the one that has it.
    const hasApi = (page: Page) => page.evaluate(() => typeof browser === 'object').catch(() => false);
    const probe = await pageWithUrl(browser, `moz-extension://${PROBE_UUID}/`, hasApi);
    // Quick Exit opens it once after install; a restart does not open it again.
    const firstRun = profileDir ? undefined : await pageWithUrl(browser, `${QUICK_EXIT_ORIGIN}first-run.html`);
    return {
      browser,
      probe,
      async open(url) {
        const page = await browser.newPage();
        await page.goto(url);
        return page;
      },
      async openExtensionPage(path, openerUrl) {
        if (!firstRun) throw new Error('Extension pages are opened from the first-run page, not open here');
        await firstRun.evaluate(
          async (url, opener) => {
            // The page's own WebExtension API (this module's `browser` is Puppeteer's).
            const api = (globalThis as unknown as { browser: typeof chrome }).browser;
            const [openerTab] = opener ? await api.tabs.query({ url: opener }) : [];
            await api.tabs.create({ url, openerTabId: openerTab?.id });
          },
          path,
          openerUrl,
        );
        return pageWithUrl(browser, `${QUICK_EXIT_ORIGIN}${path.replace(/^\//, '')}`);
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export interface TabState {
  url: string;
  active: boolean;
}

/** Read through the probe extension: tabs, history and "Recently closed" as the browser has them. */
export const state = {
  tabs: (probe: Page) =>
    probe.evaluate(async () =>
      (await browser.tabs.query({})).map((t) => ({ url: t.url ?? '', active: t.active }) as TabState),
    ),
  history: (probe: Page) =>
    probe.evaluate(async () =>
      (await browser.history.search({ text: '', startTime: 0, maxResults: 10000 })).map((i) => i.url ?? ''),
    ),
  /** How many visits the browser holds for each of `urls`. */
  visitCounts: (probe: Page, urls: readonly string[]) =>
    probe.evaluate(
      async (list) => Promise.all(list.map(async (url) => (await browser.history.getVisits({ url })).length)),
      [...urls],
    ),
  recentlyClosed: (probe: Page) =>
    probe.evaluate(async () =>
      (await browser.sessions.getRecentlyClosed({})).flatMap((s) =>
        s.tab ? [s.tab.url ?? ''] : (s.window?.tabs ?? []).map((t) => t.url ?? ''),
      ),
    ),
};

/** Polls `read` until `ok` holds (10 s at most); the failure says what was last seen. */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  let value = await read();
  for (const end = Date.now() + 10_000; !ok(value) && Date.now() < end;) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  if (!ok(value)) throw new Error(`${what}: ${JSON.stringify(value)}`);
  return value;
}

/** The content script's button host is in the page once the exit button is there. */
export const hasExitButton = (page: Page) =>
  page.evaluate(
    (prefix) => [...(document.body?.children ?? [])].some((element) => element.localName.startsWith(prefix)),
    BUTTON_ELEMENT_PREFIX,
  );

/** Shift three times, as GOV.UK's component counts it. */
export async function pressShiftThreeTimes(page: Page): Promise<void> {
  await page.bringToFront();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
}

/**
 * Adds one visit to each of `urls`, in order and as fast as the browser takes
 * them, as a person reading page after page leaves them (`history.addUrl`
 * from the probe; each visit is timed when the browser records it).
 */
export async function addVisits(probe: Page, urls: readonly string[]): Promise<void> {
  await probe.evaluate(
    async (list) => {
      for (const url of list) await browser.history.addUrl({ url });
    },
    [...urls],
  );
}
