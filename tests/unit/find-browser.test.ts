import { describe, expect, it } from 'vitest';
import { findChromium, findFirefox, type Lookups } from '../../scripts/setup/find-browser.mjs';

/** A made-up machine: these executables exist, and folders list what lies directly under them. */
function machine(executables: string[], env: Record<string, string> = {}, platform = 'linux'): Lookups {
  return {
    env: { PATH: '/usr/local/bin:/usr/bin', ...env },
    platform,
    home: '/home/ann',
    isExecutable: (path) => executables.includes(path),
    list: (dir) => [
      ...new Set(
        executables
          .filter((path) => path.startsWith(dir + '/'))
          .map((path) => path.slice(dir.length + 1).split('/')[0]),
      ),
    ],
  };
}

const PLAYWRIGHT = '/home/ann/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome';
const CHROME_FOR_TESTING = '/home/ann/.cache/puppeteer/chrome/linux-140.0.7339.80/chrome-linux64/chrome';

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, before any usual place', () => {
    const look = machine(['/opt/my/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/my/chrome' });
    expect(findChromium(look)).toEqual({ found: true, path: '/opt/my/chrome', where: 'CHROMIUM_PATH' });
  });

  it('stops on a CHROMIUM_PATH that does not exist, even when another Chromium is there', () => {
    const result = findChromium(machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nonexistent' }));
    expect(result).toMatchObject({ found: false, reason: 'variable-missing' });
    expect(!result.found && result.message).toContain('/nonexistent');
  });

  it('looks in order: chromium, chromium-browser, Playwright, Chrome for Testing', () => {
    const all = ['/usr/bin/chromium', '/usr/bin/chromium-browser', PLAYWRIGHT, CHROME_FOR_TESTING];
    const expected = [
      ['/usr/bin/chromium', 'chromium'],
      ['/usr/bin/chromium-browser', 'chromium-browser'],
      [PLAYWRIGHT, "Playwright's Chromium"],
      [CHROME_FOR_TESTING, 'Chrome for Testing'],
    ];
    for (const [index, [path, where]] of expected.entries()) {
      expect(findChromium(machine(all.slice(index)))).toEqual({ found: true, path, where });
    }
  });

  it('follows PATH in its order', () => {
    const look = machine(['/usr/local/bin/chromium', '/usr/bin/chromium']);
    expect(findChromium(look)).toMatchObject({ path: '/usr/local/bin/chromium' });
  });

  it("takes the newest of Playwright's Chromium builds, and its older folder layout", () => {
    const older = '/home/ann/.cache/ms-playwright/chromium-999/chrome-linux64/chrome';
    const newer = '/home/ann/.cache/ms-playwright/chromium-1201/chrome-linux/chrome';
    expect(findChromium(machine([older, newer]))).toMatchObject({ path: newer });
  });

  it('finds Playwright browsers where PLAYWRIGHT_BROWSERS_PATH says', () => {
    const path = '/srv/browsers/chromium-1200/chrome-linux64/chrome';
    expect(findChromium(machine([path], { PLAYWRIGHT_BROWSERS_PATH: '/srv/browsers' }))).toMatchObject({ path });
  });

  it('says why when Google Chrome stable is the only browser', () => {
    for (const chrome of ['/usr/bin/google-chrome', '/opt/google/chrome/chrome']) {
      const result = findChromium(machine([chrome]));
      expect(result).toMatchObject({ found: false, reason: 'chrome-stable-only' });
      expect(!result.found && result.message).toContain('no longer load unpacked extensions');
    }
  });

  it('prefers Chromium to Google Chrome stable', () => {
    expect(findChromium(machine(['/usr/bin/google-chrome', '/usr/bin/chromium']))).toMatchObject({
      found: true,
      path: '/usr/bin/chromium',
    });
  });

  it('reports nothing found on an empty machine', () => {
    expect(findChromium(machine([]))).toMatchObject({ found: false, reason: 'not-found' });
  });

  it('finds Chrome for Testing from Playwright on macOS', () => {
    const path =
      '/home/ann/Library/Caches/ms-playwright/chromium-1200/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    expect(findChromium(machine([path], {}, 'darwin'))).toMatchObject({ found: true, path });
  });
});

describe('findFirefox', () => {
  it('takes FIREFOX_PATH first, and stops on one that does not exist', () => {
    const both = ['/opt/ff/firefox', '/usr/bin/firefox-esr'];
    expect(findFirefox(machine(both, { FIREFOX_PATH: '/opt/ff/firefox' }))).toMatchObject({ path: '/opt/ff/firefox' });
    expect(findFirefox(machine(both, { FIREFOX_PATH: '/nonexistent' }))).toMatchObject({
      found: false,
      reason: 'variable-missing',
    });
  });

  it('prefers firefox-esr to firefox', () => {
    expect(findFirefox(machine(['/usr/bin/firefox', '/usr/bin/firefox-esr']))).toMatchObject({
      path: '/usr/bin/firefox-esr',
    });
    expect(findFirefox(machine(['/usr/bin/firefox']))).toMatchObject({ path: '/usr/bin/firefox' });
  });

  it('reports nothing found on an empty machine', () => {
    expect(findFirefox(machine([]))).toMatchObject({ found: false, reason: 'not-found' });
  });
});
