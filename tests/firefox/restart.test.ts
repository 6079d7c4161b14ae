/**
 * Firefox ended (a crash, or a forced close) with a support tab open, and its session restored at the next
 * start: the restored support tab is closed and the clean finishes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isProtectedUrl } from '../../utils/shared/protected-sites';
import { PROTECTED, UNRELATED } from '../e2e/sites';
import { startFakeWeb, type FakeWeb } from './fake-web';
import { QUICK_EXIT_ORIGIN, startFirefox, state, until, type FirefoxSession } from './firefox';

let web: FakeWeb;
let profileDir: string;
let firefox: FirefoxSession | undefined;

beforeAll(async () => {
  web = await startFakeWeb();
  profileDir = mkdtempSync(join(tmpdir(), 'quick-exit-firefox-profile-'));
});

afterAll(async () => {
  await firefox?.close();
  await web?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

const noSupport = (urls: string[]) => !urls.some(isProtectedUrl);

it('a support tab open when Firefox ended is closed after the restart, and its history goes', async () => {
  firefox = await startFirefox(web.port, { profileDir });
  const { probe } = firefox;
  // The first-run page (one of Quick Exit's own pages) opens once after install.
  await until(
    () => state.tabs(probe),
    (tabs) => tabs.some((t) => t.url.startsWith(QUICK_EXIT_ORIGIN)),
    'first-run page open',
  );
  await firefox.open(UNRELATED.news);
  await firefox.open(PROTECTED.stalkingHelpline);
  await until(
    () => state.history(probe),
    (urls) => urls.includes(PROTECTED.stalkingHelpline),
    'support visit',
  );
  // Let the session store write the support tab, then end Firefox as a crash or a forced close would.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const ended = new Promise((resolve) => firefox!.browser.process()!.once('exit', resolve));
  firefox.browser.process()!.kill('SIGKILL');
  await ended;
  firefox = undefined;

  firefox = await startFirefox(web.port, { profileDir });
  const restarted = firefox.probe;
  const tabs = await until(
    () => state.tabs(restarted),
    (list) => list.some((t) => t.url === UNRELATED.news) && !list.some((t) => isProtectedUrl(t.url)),
    'the session restored without its support tabs',
  );
  expect(tabs.some((t) => t.url === UNRELATED.news)).toBe(true);
  await until(() => state.history(restarted), noSupport, 'support history gone');
  await until(() => state.recentlyClosed(restarted), noSupport, 'support closed tabs gone');
  expect(await state.history(restarted)).toContain(UNRELATED.news);
  expect((await state.tabs(restarted)).filter((t) => isProtectedUrl(t.url))).toEqual([]);
});
