/**
 * Press to safety as a person meets it: two support tabs open, a minute of
 * reading without touching anything, then a mouse press on the exit button; and
 * GOV.UK's own "Exit this page" component in the same browser with the same
 * press. Chromium is started by hand and driven only through its pages (see
 * hand-started-chromium.ts): no debugger is attached to the extension's service
 * worker, which would keep it alive.
 *
 * Safe = the later of "the destination is showing" (a new tab for it exists, or
 * the pressed tab has committed it) and "no support tab is left" (each closed,
 * or navigated to the destination), from the browser's target events. The
 * destination never loads (no network): its tab's creation, or the pressed tab's
 * commit of the error page, is what counts, for both.
 */
import { readFileSync } from 'node:fs';
import { test } from '@playwright/test';
import type { CDPSession } from 'puppeteer-core';
import { EXTENSION_DIR } from '../tests/e2e/fixtures';
import { DESTINATION, page, PROTECTED, UNRELATED } from '../tests/e2e/sites';
import { BUTTON_ELEMENT_PREFIX } from '../utils/page-script/page-element-names';
import { exitTimes, recordTargetEvents, type ExitTimes, type TargetEvent } from './exit-timeline';
import { GOVUK_VERSION, serveGovukExitPage } from './govuk-exit-page';
import { startChromium, type HandStartedChromium } from './hand-started-chromium';
import { buttonCentre, elementCentre, HOLD_MS, pressLikeAPerson, type Press } from './person-press';
import { summarise, writeSection } from './results-file';
import { openServedTab, waitForValue, type ServedTab } from './served-tab';

/** Rounds of (long read, warm, GOV.UK); each takes a little over the reading time. */
const ROUNDS = Number(process.env.BENCH_READ_RUNS ?? 7);
const READ_MS = Number(process.env.BENCH_READ_SECONDS ?? 60) * 1000;
/** Time for the background to finish cleaning after an exit before the next one begins. */
const SETTLE_MS = 3000;
const EXIT_BUTTON_NAME = 'Emergency Exit this page';

const SUPPORT = [PROTECTED.domesticAbuse, PROTECTED.stalkingHelpline];
const SUPPORT_HOSTS = SUPPORT.map((url) => new URL(url).host);
const servePlainPage = (url: URL) => ({
  body: page(`Page at ${url.host}${url.pathname}`),
  contentType: 'text/html; charset=utf-8',
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

interface Measured {
  press: Press;
  times: ExitTimes;
  /** Milliseconds from the press to the destination tab's activation stamp, when a tab was opened. */
  activated?: number;
}

/** One line per press in the test output, so a surprising median can be traced to its runs. */
function logRun(label: string, { press, times, activated }: Measured): void {
  const from = (at: number | undefined) => (at === undefined ? '–' : (at - press.pressedAt).toFixed(0));
  console.log(
    `${label}: safe ${from(times.safe)}, destination tab ${from(times.destinationTab)} (next change ` +
      `${from(times.destinationTabChanged)}), pressed tab at destination ` +
      `${from(times.sourceAtDestination)}, last support tab gone ${from(times.lastSupportGone)}, ` +
      `destination active stamp ${activated?.toFixed(0) ?? '–'} (ms from the press; release at ${from(press.releasedAt)})`,
  );
}

async function waitForExit(
  events: TargetEvent[],
  watch: Parameters<typeof exitTimes>[1],
  expectNewTab: boolean,
): Promise<ExitTimes> {
  for (const until = performance.now() + 10_000; performance.now() < until; await sleep(10)) {
    const times = exitTimes(events, watch);
    if (times.safe !== undefined && (times.destinationTab !== undefined || !expectNewTab)) return times;
  }
  return exitTimes(events, watch);
}

/**
 * Read through one of the extension's own pages (it needs no worker): the time
 * Chromium stamped on the destination tab as it became active, and the tab
 * closed, so the next exit starts from the same tab strip.
 */
async function destinationActivation(chromium: HandStartedChromium, extensionId: string, since: number) {
  const { targetId } = await chromium.connection.send('Target.createTarget', {
    url: `chrome-extension://${extensionId}/guide.html`,
    newWindow: true,
  });
  const session = await chromium.attach(targetId);
  try {
    await waitForValue(session, `typeof chrome.tabs?.query === 'function' || null`);
    const { result } = await session.send('Runtime.evaluate', {
      awaitPromise: true,
      returnByValue: true,
      expression: `chrome.tabs.query({}).then(async (tabs) => {
        const found = tabs.filter((t) => (t.pendingUrl || t.url || '').startsWith(${JSON.stringify(DESTINATION)}));
        await chrome.tabs.remove(found.map((t) => t.id));
        return found.filter((t) => t.active).map((t) => t.lastAccessed);
      })`,
    });
    const stamps = (result.value as (number | undefined)[]).filter((t): t is number => !!t && t >= since - 1);
    return stamps.length > 0 ? Math.min(...stamps) - since : undefined;
  } finally {
    await chromium.connection.send('Target.closeTarget', { targetId });
  }
}

async function openSupportTabs(chromium: HandStartedChromium): Promise<ServedTab[]> {
  const tabs: ServedTab[] = [];
  for (const url of SUPPORT) {
    const tab = await openServedTab(chromium, url, SUPPORT_HOSTS, servePlainPage);
    await waitForValue(
      tab.session,
      `[...document.querySelectorAll('*')].some((e) => e.localName.startsWith('${BUTTON_ELEMENT_PREFIX}')) || null`,
    );
    tabs.push(tab);
  }
  return tabs;
}

/** Quick Exit: two support tabs, `readMs` without a touch, a press in the last one opened. */
async function timeOurExit(
  chromium: HandStartedChromium,
  events: TargetEvent[],
  extensionId: string,
  readMs: number,
): Promise<Measured> {
  const tabs = await openSupportTabs(chromium);
  const source = tabs.at(-1)!;
  const point = await buttonCentre(source.session, EXIT_BUTTON_NAME);
  await sleep(readMs);
  const press = await pressLikeAPerson(source.session, point);
  const watch = {
    since: press.pressedAt,
    sourceTab: source.targetId,
    supportTabs: tabs.map((t) => t.targetId),
    destination: DESTINATION,
  };
  await waitForExit(events, watch, true);
  await sleep(SETTLE_MS);
  // Read again after the pause: the destination tab's later changes have arrived too.
  const times = exitTimes(events, watch);
  const activated = await destinationActivation(chromium, extensionId, press.pressedWall);
  for (const tab of tabs)
    await chromium.connection.send('Target.closeTarget', { targetId: tab.targetId }).catch(() => undefined);
  const measured = { press, times, activated };
  logRun(readMs >= READ_MS ? 'after reading' : 'warm', measured);
  return measured;
}

/** GOV.UK's component on an unrelated host (Quick Exit does not run there): the same press. */
async function timeGovukExit(chromium: HandStartedChromium, events: TargetEvent[]): Promise<Measured> {
  const host = new URL(UNRELATED.news).host;
  const tab = await openServedTab(chromium, UNRELATED.news, [host], serveGovukExitPage(DESTINATION));
  await waitForValue(tab.session, `document.querySelector('[data-module="govuk-exit-this-page"]') && true`);
  const point = await elementCentre(tab.session, '.govuk-exit-this-page__button');
  await sleep(1000);
  const press = await pressLikeAPerson(tab.session, point);
  const watch = {
    since: press.pressedAt,
    sourceTab: tab.targetId,
    supportTabs: [tab.targetId],
    destination: DESTINATION,
  };
  const times = await waitForExit(events, watch, false);
  await chromium.connection.send('Target.closeTarget', { targetId: tab.targetId }).catch(() => undefined);
  logRun('GOV.UK', { press, times });
  return { press, times };
}

/** The page the extension opens once after install: its id, and closed so every run starts alike. */
async function closeFirstRunPage(chromium: HandStartedChromium): Promise<string> {
  for (const until = Date.now() + 30_000; Date.now() < until; await sleep(100)) {
    const { targetInfos } = await chromium.connection.send('Target.getTargets');
    const firstRun = targetInfos.find((t) => t.type === 'page' && t.url.endsWith('/first-run.html'));
    if (firstRun) {
      await chromium.connection.send('Target.closeTarget', { targetId: firstRun.targetId });
      return new URL(firstRun.url).host;
    }
  }
  throw new Error('The first-run page did not open');
}

function rows(name: string, runs: Measured[]) {
  const fromPress = runs.flatMap((r) => (r.times.safe === undefined ? [] : [r.times.safe - r.press.pressedAt]));
  const fromRelease = runs.flatMap((r) => (r.times.safe === undefined ? [] : [r.times.safe - r.press.releasedAt]));
  const part = (pick: (t: ExitTimes) => number | undefined) =>
    runs.flatMap((r) => {
      const at = pick(r.times);
      return at === undefined ? [] : [at - r.press.pressedAt];
    });
  const cell = (values: number[]) => {
    if (values.length === 0) return '–';
    const { median, min, max } = summarise(values);
    return `${median.toFixed(0)} (${min.toFixed(0)}–${max.toFixed(0)})`;
  };
  return {
    fromPress: fromPress.length > 0 ? summarise(fromPress).median : NaN,
    fromRelease: fromRelease.length > 0 ? summarise(fromRelease).median : NaN,
    missed: runs.length - fromPress.length,
    line: [
      name,
      cell(fromPress),
      cell(fromRelease),
      cell(part((t) => t.destinationVisible)),
      cell(part((t) => t.lastSupportGone)),
      cell(runs.flatMap((r) => (r.activated === undefined ? [] : [r.activated]))),
    ].join(' | '),
  };
}

test('press to safety after a long read, warm, and GOV.UK’s component', async () => {
  test.setTimeout(ROUNDS * (READ_MS + 60_000) + 120_000);
  const loadBefore = loadAverage();
  const chromium = await startChromium([EXTENSION_DIR]);
  const recorder = recordTargetEvents(chromium.connection);
  const afterRead: Measured[] = [];
  const warm: Measured[] = [];
  const govuk: Measured[] = [];
  try {
    const extensionId = await closeFirstRunPage(chromium);
    for (let round = 0; round < ROUNDS; round++) {
      afterRead.push(await timeOurExit(chromium, recorder.events, extensionId, READ_MS));
      warm.push(await timeOurExit(chromium, recorder.events, extensionId, 1000));
      govuk.push(await timeGovukExit(chromium, recorder.events));
    }
  } finally {
    recorder.stop();
    await chromium.close();
  }
  const loadAfter = loadAverage();

  const read = rows(`after ${READ_MS / 1000} s of reading`, afterRead);
  const hot = rows('warm (right after another exit)', warm);
  const theirs = rows(`GOV.UK component alone (govuk-frontend ${GOVUK_VERSION})`, govuk);
  const ratio = (ours: number, other: number) => (ours / other).toFixed(2);
  const missed = read.missed + hot.missed + theirs.missed;
  writeSection(
    'Press to safety after a long read',
    [
      `${ROUNDS} rounds in one headless Chromium started by hand, driven only through its pages (nothing attached to`,
      `the service worker). Each round: Quick Exit after two support tabs were left untouched for ${READ_MS / 1000} s; Quick`,
      `Exit again right after; GOV.UK's component on an unrelated host. Same press each time: mouse down, ${HOLD_MS} ms,`,
      'mouse up (Quick Exit starts on the press, the component on the click). Safe = the later of "destination',
      'showing" (its new tab created, or the pressed tab committed to it) and "last support tab closed or gone to',
      'the destination", from the browser\'s DevTools target events. The destination does not load (no network),',
      'for either. Milliseconds, median (min–max).',
      '',
      '| | safe, from press | safe, from release | destination showing | last support tab gone | destination tab active (browser stamp) |',
      '| --- | --- | --- | --- | --- | --- |',
      `| ${read.line} |`,
      `| ${hot.line} |`,
      `| ${theirs.line} |`,
      '',
      `Ours / GOV.UK (median, from the press): after reading ${ratio(read.fromPress, theirs.fromPress)}, warm ${ratio(hot.fromPress, theirs.fromPress)}.`,
      `From the release: after reading ${ratio(read.fromRelease, theirs.fromRelease)}, warm ${ratio(hot.fromRelease, theirs.fromRelease)}.`,
      `${missed > 0 ? `${missed} presses reached no safe state within 10 s (left out). ` : ''}Load average (1, 5, 15 min) on this`,
      `2-core machine: ${loadBefore} before, ${loadAfter} after.`,
    ].join('\n'),
  );
});
