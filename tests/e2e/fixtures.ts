/**
 * Real Chromium (CHROMIUM_PATH, else Debian's chromium or another found by
 * scripts/setup/find-browser.mjs) with the real built extension from .output/chrome-mv3.
 * Every test gets a fresh profile. Browser state (tabs, history, "Recently
 * closed") is read through the extension's own service worker.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../../scripts/setup/find-browser.mjs';
import { serveFakeSites } from './sites';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const CHROMIUM = chromiumPath();

export function chromiumArgs(extensions: string[]): string[] {
  const list = extensions.join(',');
  return [
    ...(extensions.length > 0 ? [`--disable-extensions-except=${list}`, `--load-extension=${list}`] : []),
    // Nothing leaves this machine: every host fails to resolve unless a route serves it.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
  ];
}

export interface LaunchOptions {
  headless: boolean;
  extensions: string[];
  /** The browser's language (navigator.language); en-GB unless a test says otherwise. */
  locale?: string;
  /** The browser's time zone (IANA name); the machine's own unless a test says otherwise. */
  timezoneId?: string;
  /** More Chromium switches (session restore, say). */
  extraArgs?: string[];
}

export async function launch(userDataDir: string, opts: LaunchOptions) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless,
    args: [...chromiumArgs(opts.extensions), ...(opts.extraArgs ?? [])],
    viewport: { width: 1000, height: 700 },
    locale: opts.locale ?? 'en-GB',
    ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}),
  });
}

/** Quick Exit's service worker, found by its file name (other extensions may have one too). */
export async function serviceWorkerOf(context: BrowserContext, name = 'background.js'): Promise<Worker> {
  const found = context.serviceWorkers().find((w) => w.url().endsWith('/' + name));
  return found ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith('/' + name) }));
}

/**
 * Closes the test's browser and starts it again on the same profile (a browser
 * restart, not an install), with Quick Exit; `use` gets the new context and
 * service worker, and the browser is closed after.
 */
export async function afterRestart(
  context: BrowserContext,
  profileDir: string,
  use: (restarted: BrowserContext, sw: Worker) => Promise<void>,
  /** Extra command-line switches for the second start, such as `--restore-last-session`. */
  extraArgs: string[] = [],
): Promise<void> {
  await context.close();
  const restarted = await launch(profileDir, { headless: true, extensions: [EXTENSION_DIR], extraArgs });
  try {
    await use(restarted, await serviceWorkerOf(restarted));
  } finally {
    await restarted.close();
  }
}

/** The page Quick Exit opens once after install. */
export async function firstRunPage(context: BrowserContext): Promise<Page> {
  // Polled: a new tab's page can appear before its address is known.
  for (const until = Date.now() + 10_000; Date.now() < until;) {
    const found = context.pages().find((page) => page.url().endsWith('/first-run.html'));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The first-run page did not open');
}

interface Fixtures {
  /** Headed Chromium (under xvfb in CI): needed for real browser shortcuts. */
  headed: boolean;
  /** Pages visited in this profile before the extension is installed. */
  visitedBeforeInstall: string[];
  /** Other (test-only) extensions loaded beside Quick Exit. */
  otherExtensions: string[];
  /** Leave the page Quick Exit opens after install; closed otherwise, so each test starts from one blank tab. */
  keepFirstRunPage: boolean;
  /** The browser's language, for tests of what a browser set to another language sees. */
  browserLocale: string;
  /** The browser's time zone, for tests of what a browser elsewhere sees; empty: the machine's. */
  browserTimeZone: string;
  /** More Chromium switches for this test's browser. */
  browserArgs: string[];
  profileDir: string;
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
}

export const test = base.extend<Fixtures>({
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'quick-exit-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  headed: [false, { option: true }],
  visitedBeforeInstall: [[], { option: true }],
  otherExtensions: [[], { option: true }],
  keepFirstRunPage: [false, { option: true }],
  browserLocale: ['en-GB', { option: true }],
  browserTimeZone: ['', { option: true }],
  browserArgs: [[], { option: true }],
  context: async (
    { headed, profileDir, visitedBeforeInstall, otherExtensions, browserLocale, browserTimeZone, browserArgs },
    use,
  ) => {
    if (visitedBeforeInstall.length > 0) {
      const before = await launch(profileDir, { headless: true, extensions: [] });
      await serveFakeSites(before);
      const page = await before.newPage();
      for (const url of visitedBeforeInstall) await page.goto(url);
      await before.close();
    }
    const extensions = [EXTENSION_DIR, ...otherExtensions.map((dir) => resolve(dir))];
    const context = await launch(profileDir, {
      headless: !headed,
      extensions,
      locale: browserLocale,
      timezoneId: browserTimeZone || undefined,
      extraArgs: browserArgs,
    });
    await use(context);
    await context.close();
  },
  sw: async ({ context, keepFirstRunPage }, use) => {
    const sw = await serviceWorkerOf(context);
    if (!keepFirstRunPage) {
      // Gone without a trace, so each test starts as if from a plain profile.
      const page = await firstRunPage(context);
      const url = page.url();
      await page.close();
      await sw.evaluate((firstRun) => chrome.history.deleteUrl({ url: firstRun }), url);
    }
    await use(sw);
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
});

export const expect = test.expect;
