/**
 * Finds the Chromium and the Firefox that `npm start`, the tests and the
 * benchmarks launch. An environment variable (CHROMIUM_PATH, FIREFOX_PATH) comes
 * first; a path set there that does not exist is an error, never a reason to look
 * elsewhere. Then the usual places, in order.
 *
 * Node built-ins only: `.ci/run` uses this before `npm ci`.
 */
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The machine, as the finder sees it. Tests pass their own. */
export function systemLookups() {
  return {
    env: process.env,
    platform: process.platform,
    home: homedir(),
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    list(dir) {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
  };
}

/** A program's path from PATH, as the shell would find it. */
export function onPath(look, name) {
  for (const dir of (look.env.PATH ?? '').split(delimiter)) {
    if (dir && look.isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Version-named folders, newest first ("chromium-1200" before "chromium-1199", "linux-131.0.2" before "linux-99.0.1"). */
function newestFirst(names) {
  const numbers = (name) => (name.match(/\d+/g) ?? []).map(Number);
  return [...names].sort((a, b) => {
    const [x, y] = [numbers(a), numbers(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      if ((x[i] ?? 0) !== (y[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
    }
    return 0;
  });
}

/** Chromium builds inside a download cache: `<root>/<version folder>/<one of inner>`. */
function inCache(look, root, folderPrefix, inner) {
  const folders = newestFirst(look.list(root).filter((name) => name.startsWith(folderPrefix)));
  for (const folder of folders) {
    for (const path of inner) {
      if (look.isExecutable(join(root, folder, ...path))) return join(root, folder, ...path);
    }
  }
  return undefined;
}

function cacheDir(look) {
  if (look.platform === 'darwin') return join(look.home, 'Library', 'Caches');
  return look.env.XDG_CACHE_HOME || join(look.home, '.cache');
}

const CHROME_FOR_TESTING_APP = ['Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'];

/** Where Playwright (`npx playwright install chromium`) puts its Chromium: a Chrome for Testing build since 1.57. */
function playwrightChromium(look) {
  const root = look.env.PLAYWRIGHT_BROWSERS_PATH || join(cacheDir(look), 'ms-playwright');
  return inCache(look, root, 'chromium-', [
    ['chrome-linux64', 'chrome'],
    ['chrome-linux-arm64', 'chrome'],
    ['chrome-linux', 'chrome'],
    ['chrome-mac-arm64', ...CHROME_FOR_TESTING_APP],
    ['chrome-mac-x64', ...CHROME_FOR_TESTING_APP],
  ]);
}

/** Chrome for Testing in Puppeteer's download cache (`npx @puppeteer/browsers install chrome@stable --path ~/.cache/puppeteer`). */
function chromeForTesting(look) {
  const root = join(look.env.PUPPETEER_CACHE_DIR || join(look.home, '.cache', 'puppeteer'), 'chrome');
  return inCache(look, root, '', [
    ['chrome-linux64', 'chrome'],
    ['chrome-mac-arm64', ...CHROME_FOR_TESTING_APP],
    ['chrome-mac-x64', ...CHROME_FOR_TESTING_APP],
  ]);
}

function firstExecutable(look, paths) {
  return paths.find((path) => look.isExecutable(path));
}

/** Chromium builds that load an unpacked extension from the command line, in the order they are tried. */
const CHROMIUM_PLACES = [
  ['chromium', (look) => onPath(look, 'chromium')],
  ['chromium-browser', (look) => onPath(look, 'chromium-browser')],
  ["Playwright's Chromium", playwrightChromium],
  ['Chrome for Testing', chromeForTesting],
  [
    'Chromium.app',
    (look) =>
      look.platform === 'darwin'
        ? firstExecutable(look, ['/Applications/Chromium.app/Contents/MacOS/Chromium'])
        : undefined,
  ],
];

/** Google Chrome's stable build: found only to say why it cannot be used. */
function chromeStable(look) {
  return (
    onPath(look, 'google-chrome') ??
    onPath(look, 'google-chrome-stable') ??
    firstExecutable(look, ['/opt/google/chrome/chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'])
  );
}

function fromVariable(look, name) {
  const value = look.env[name];
  if (!value) return undefined;
  if (look.isExecutable(value)) return { found: true, path: value, where: name };
  return {
    found: false,
    reason: 'variable-missing',
    message: `${name} is set to "${value}", but there is no program there. Point ${name} at the browser's executable, or unset it to let Quick Exit look in the usual places.`,
  };
}

/**
 * Chromium: `{ found: true, path, where }`, or `{ found: false, reason, message }`
 * where reason is "variable-missing", "chrome-stable-only" or "not-found".
 */
export function findChromium(look) {
  const set = fromVariable(look, 'CHROMIUM_PATH');
  if (set) return set;
  for (const [where, find] of CHROMIUM_PLACES) {
    const path = find(look);
    if (path) return { found: true, path, where };
  }
  const chrome = chromeStable(look);
  if (chrome) {
    return {
      found: false,
      reason: 'chrome-stable-only',
      message: `The only Chromium-based browser here is Google Chrome (${chrome}). Chrome's stable builds no longer load unpacked extensions from the command line, so Quick Exit cannot be started in it; Chromium, Chrome for Testing or Playwright's Chromium can.`,
    };
  }
  return {
    found: false,
    reason: 'not-found',
    message:
      "No Chromium found (looked for CHROMIUM_PATH, chromium, chromium-browser, Playwright's Chromium and Chrome for Testing).",
  };
}

/** Firefox: FIREFOX_PATH, then Debian's firefox-esr, then any firefox. Same answers as findChromium. */
export function findFirefox(look) {
  const set = fromVariable(look, 'FIREFOX_PATH');
  if (set) return set;
  for (const name of ['firefox-esr', 'firefox']) {
    const path = onPath(look, name);
    if (path) return { found: true, path, where: name };
  }
  if (look.platform === 'darwin') {
    const path = firstExecutable(look, ['/Applications/Firefox.app/Contents/MacOS/firefox']);
    if (path) return { found: true, path, where: 'Firefox.app' };
  }
  return {
    found: false,
    reason: 'not-found',
    message: 'No Firefox found (looked for FIREFOX_PATH, firefox-esr and firefox).',
  };
}

function pathOrThrow(result) {
  if (result.found) return result.path;
  throw new Error(`${result.message} \`npm start\` and \`npm test\` set the browsers up.`);
}

/** The Chromium to launch on this machine; throws a plain message when there is none. */
export const chromiumPath = () => pathOrThrow(findChromium(systemLookups()));

/** The Firefox to launch on this machine; throws a plain message when there is none. */
export const firefoxPath = () => pathOrThrow(findFirefox(systemLookups()));
