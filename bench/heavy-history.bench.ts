/**
 * A heavy profile: 50,000 unrelated history entries and 300 visits to support
 * sites, some in sessions, some scattered. Figure: from the exit (a click on
 * the button) to the last protected history entry gone, read back from
 * Chromium's history, not just the API's promise. Beside it, in the same run
 * and on copies of the same profile, other ways to delete the same entries,
 * and the scan of the whole history the clean starts with.
 *
 * Chromium's `history.addUrl` cannot set a visit time, so the profile is
 * filled at once (several entries a millisecond) and copied for every
 * measurement. Timings are written to bench/results.md, never asserted.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type BrowserContext, type Worker } from '@playwright/test';
import { EXTENSION_DIR, launch, serviceWorkerOf } from '../tests/e2e/fixtures';
import { BUTTON_HOST, clickExitButton } from '../tests/e2e/page-checks';
import { PROTECTED, serveFakeSites } from '../tests/e2e/sites';
import { browserCpuMs } from './browser-cpu';
import { heavyHistory, PROTECTED_PATTERN } from './heavy-history-profile';
import { summarise, writeSection } from './results-file';

const ROUNDS = Number(process.env.BENCH_HEAVY_ROUNDS ?? 3);

/** Ways of deleting the protected entries, run in the service worker on the entries a full search found. */
const STRATEGIES = {
  'one URL at a time, each awaited': { ranges: false, batch: 1 },
  'deleteUrl, 50 at a time': { ranges: false, batch: 50 },
  'deleteUrl, all at once': { ranges: false, batch: Infinity },
  'proven sessions by deleteRange, the rest 50 at a time (as built)': { ranges: true, batch: 50 },
  'proven sessions by deleteRange, the rest all at once': { ranges: true, batch: Infinity },
  'every run by deleteRange after its search, even single visits': { ranges: 'all', batch: 50 },
} as const;
type StrategyName = keyof typeof STRATEGIES;
const EXIT = 'the exit as built: click to last entry gone (scan, referrers, deletions)';
type Variant = StrategyName | typeof EXIT;

interface Measured {
  ms: number;
  /** CPU time the browser spent meanwhile. */
  cpuMs: number;
  left: number;
  unrelatedVisits: number;
}

let template = '';
let filled: { unrelatedVisits: number; protectedVisits: number; protectedUrls: number; fillSeconds: number };
const times = new Map<Variant, { ms: number[]; cpuMs: number[] }>();
const scans = new Map<string, { ms: number[]; cpuMs: number[] }>();
const loads: number[] = [];

/** A fresh copy of the filled profile, with Chromium started on it and its history loaded. */
async function startCopy(): Promise<{ context: BrowserContext; sw: Worker; cpuMs(): number; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'quick-exit-heavy-'));
  cpSync(template, dir, { recursive: true });
  const context = await launch(dir, { headless: true, extensions: [EXTENSION_DIR] });
  const sw = await serviceWorkerOf(context);
  await sw.evaluate(() => chrome.history.search({ text: '', maxResults: 1 }));
  // Whatever the browser does at start-up is left to settle before anything is timed.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  loads.push(loadavg()[0]!);
  return {
    context,
    sw,
    cpuMs: () => browserCpuMs(dir),
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts watching for the protected URLs to go: when `history.onVisitRemoved`
 * has named every one, a read-back (`getVisits` for each) must find no visit
 * left; the time that read-back answered is kept on `globalThis.goneAt`.
 */
async function watchProtectedGo(sw: Worker): Promise<void> {
  await sw.evaluate(async (pattern) => {
    const isProtected = (url: string) => new RegExp(pattern).test(url);
    const all = await chrome.history.search({ text: '', startTime: 0, maxResults: 1_000_000 });
    const left = new Set(all.map((item) => item.url!).filter(isProtected));
    const urls = [...left];
    const state = globalThis as unknown as { gone: Promise<number> };
    state.gone = new Promise<void>((named) => {
      chrome.history.onVisitRemoved.addListener((removed) => {
        if (removed.allHistory) left.clear();
        for (const url of removed.urls ?? []) left.delete(url);
        if (left.size === 0) named();
      });
    }).then(async () => {
      for (;;) {
        const visits = await Promise.all(urls.map((url) => chrome.history.getVisits({ url })));
        if (visits.every((list) => list.length === 0)) return Date.now();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
  }, PROTECTED_PATTERN.source);
}

const goneAt = (sw: Worker) => sw.evaluate(() => (globalThis as unknown as { gone: Promise<number> }).gone);

/** What is left afterwards: protected entries (must be none) and visits to the others (must all be there). */
async function leftAfter(sw: Worker): Promise<{ left: number; unrelatedVisits: number }> {
  return sw.evaluate(async (pattern) => {
    const all = await chrome.history.search({ text: '', startTime: 0, maxResults: 1_000_000 });
    const web = all.filter((item) => item.url!.startsWith('https://') && !item.url!.startsWith('https://www.bbc.'));
    const isProtected = (url: string) => new RegExp(pattern).test(url);
    return {
      left: web.filter((item) => isProtected(item.url!)).length,
      unrelatedVisits: web.filter((item) => !isProtected(item.url!)).reduce((sum, item) => sum + item.visitCount!, 0),
    };
  }, PROTECTED_PATTERN.source);
}

async function measureExit(): Promise<Measured> {
  const copy = await startCopy();
  try {
    await serveFakeSites(copy.context);
    const page = await copy.context.newPage();
    await page.goto(PROTECTED.stalkingHelpline);
    await page.locator(BUTTON_HOST).waitFor({ state: 'attached' });
    await watchProtectedGo(copy.sw);
    const cpuBefore = copy.cpuMs();
    const start = Date.now();
    await clickExitButton(page);
    const ms = (await goneAt(copy.sw)) - start;
    const cpuMs = copy.cpuMs() - cpuBefore;
    return { ms, cpuMs, ...(await leftAfter(copy.sw)) };
  } finally {
    await copy.close();
  }
}

async function measureStrategy(name: StrategyName): Promise<Measured> {
  const copy = await startCopy();
  try {
    await watchProtectedGo(copy.sw);
    await copy.sw.evaluate(async (pattern) => {
      const isProtected = (url: string | undefined) => url !== undefined && new RegExp(pattern).test(url);
      const all = await chrome.history.search({ text: '', startTime: 0, maxResults: 1_000_000 });
      // Runs of protected entries next to each other by last visit, as the scan finds them.
      const runs: chrome.history.HistoryItem[][] = [[]];
      for (const item of all) {
        if (isProtected(item.url)) runs.at(-1)!.push(item);
        else if (runs.at(-1)!.length > 0) runs.push([]);
      }
      (globalThis as unknown as { runs: typeof runs }).runs = runs.filter((run) => run.length > 0);
    }, PROTECTED_PATTERN.source);
    const cpuBefore = copy.cpuMs();
    const { ranges, batch } = STRATEGIES[name];
    const start = await copy.sw.evaluate(
      async ({ pattern, ranges, batch }) => {
        const isProtected = (url: string | undefined) => url !== undefined && new RegExp(pattern).test(url);
        const { runs } = globalThis as unknown as { runs: chrome.history.HistoryItem[][] };
        const started = Date.now();
        const single: string[] = [];
        for (const run of runs) {
          if (!ranges || (ranges === true && run.length < 8)) {
            single.push(...run.map((item) => item.url!));
            continue;
          }
          const visitTimes = run.map((item) => item.lastVisitTime!);
          const span = { startTime: Math.min(...visitTimes) - 0.002, endTime: Math.max(...visitTimes) + 0.002 };
          const inSpan = await chrome.history.search({ text: '', ...span, maxResults: run.length * 2 + 50 });
          if (inSpan.some((item) => !isProtected(item.url))) {
            single.push(...run.map((item) => item.url!));
            continue;
          }
          await chrome.history.deleteRange(span);
          for (const item of run) if (item.visitCount! > 1) single.push(item.url!);
        }
        const size = Math.max(1, Math.min(batch ?? single.length, single.length));
        for (let i = 0; i < single.length; i += size)
          await Promise.all(single.slice(i, i + size).map((url) => chrome.history.deleteUrl({ url })));
        return started;
      },
      { pattern: PROTECTED_PATTERN.source, ranges, batch: batch === Infinity ? null : batch },
    );
    const ms = (await goneAt(copy.sw)) - start;
    const cpuMs = copy.cpuMs() - cpuBefore;
    return { ms, cpuMs, ...(await leftAfter(copy.sw)) };
  } finally {
    await copy.close();
  }
}

const SCANS = {
  'pages of 5,000 in turn (as built)': 1,
  'two time slices at once': 2,
  'four time slices at once': 4,
} as const;

/** The whole-history scan the clean starts with: pages of 5,000 in turn (as built), or time slices at once. */
async function measureScans(): Promise<void> {
  const copy = await startCopy();
  try {
    const oldest = await copy.sw.evaluate(async () => {
      const all = await chrome.history.search({ text: '', startTime: 0, maxResults: 1_000_000 });
      return Math.min(...all.map((item) => item.lastVisitTime!));
    });
    for (let i = 0; i < 2; i++)
      for (const [name, slices] of Object.entries(SCANS)) {
        const cpuBefore = copy.cpuMs();
        const [ms, size] = await copy.sw.evaluate(
          async ({ slices, oldest }) => {
            const started = performance.now();
            const pages = async (startTime: number, endTime?: number) => {
              const urls: string[] = [];
              for (let end = endTime; ;) {
                const page = await chrome.history.search({ text: '', startTime, endTime: end, maxResults: 5000 });
                urls.push(...page.map((item) => item.url!));
                if (page.length < 5000) return urls;
                end = Math.min(...page.map((item) => item.lastVisitTime!)) + 1;
              }
            };
            const newest = Date.now() + 1;
            const cuts = Array.from({ length: slices + 1 }, (_, k) => oldest + ((newest - oldest) * k) / slices);
            cuts[0] = 0;
            const parts = await Promise.all(cuts.slice(1).map((end, k) => pages(cuts[k]!, end)));
            return [performance.now() - started, new Set(parts.flat()).size] as const;
          },
          { slices, oldest },
        );
        if (size < filled.unrelatedVisits) throw new Error(`${name} found only ${size} entries`);
        record(scans, name, { ms, cpuMs: copy.cpuMs() - cpuBefore });
      }
  } finally {
    await copy.close();
  }
}

function record<K>(
  table: Map<K, { ms: number[]; cpuMs: number[] }>,
  key: K,
  { ms, cpuMs }: { ms: number; cpuMs: number },
) {
  const row = table.get(key) ?? { ms: [], cpuMs: [] };
  row.ms.push(ms);
  row.cpuMs.push(cpuMs);
  table.set(key, row);
}

test.describe.serial('a heavy profile', () => {
  test('fill a profile with 50,000 unrelated entries and 300 protected visits', async () => {
    test.setTimeout(900_000);
    template = mkdtempSync(join(tmpdir(), 'quick-exit-heavy-template-'));
    const context = await launch(template, { headless: true, extensions: [EXTENSION_DIR] });
    const sw = await serviceWorkerOf(context);
    const { visits, unrelatedVisits, protectedVisits, protectedUrls } = heavyHistory();
    const started = Date.now();
    await sw.evaluate(async (urls) => {
      // In order, 500 at a time: Chromium's history handles requests in turn, so visit times follow the list.
      for (let i = 0; i < urls.length; i += 500)
        await Promise.all(urls.slice(i, i + 500).map((url) => chrome.history.addUrl({ url })));
    }, visits);
    filled = { unrelatedVisits, protectedVisits, protectedUrls, fillSeconds: (Date.now() - started) / 1000 };
    await context.close();
  });

  for (let round = 0; round < ROUNDS; round++)
    test(`round ${round + 1} of ${ROUNDS}`, async () => {
      test.setTimeout(1_800_000);
      const variants: Variant[] = [EXIT, ...(Object.keys(STRATEGIES) as StrategyName[])];
      // Each round starts somewhere else in the list, so no variant always runs on a warmer machine.
      const order = variants.map((_, i) => variants[(i + round) % variants.length]!);
      for (const variant of order) {
        const result = variant === EXIT ? await measureExit() : await measureStrategy(variant);
        if (result.left !== 0) throw new Error(`${variant}: ${result.left} protected entries left`);
        if (result.unrelatedVisits !== filled.unrelatedVisits)
          throw new Error(`${variant}: ${result.unrelatedVisits} of ${filled.unrelatedVisits} other visits left`);
        record(times, variant, result);
      }
      await measureScans();
    });

  test.afterAll(() => {
    if (template) rmSync(template, { recursive: true, force: true });
    if (times.size === 0) return;
    const row = (name: string, { ms, cpuMs }: { ms: number[]; cpuMs: number[] }) => {
      const wall = summarise(ms);
      return `| ${name} | ${wall.median.toFixed(0)} (${wall.min.toFixed(0)}–${wall.max.toFixed(0)}) | ${summarise(cpuMs).median.toFixed(0)} |`;
    };
    const load = summarise(loads);
    writeSection(
      'A heavy profile: 50,000 other entries, 300 protected visits',
      [
        `A Chromium profile holding ${filled.unrelatedVisits.toLocaleString('en-GB')} visits to other pages (1 in 20 a search`,
        `results page) and ${filled.protectedVisits} visits to ${filled.protectedUrls} pages of 4 support sites: 5 sessions of 30 pages (one`,
        'with another site looked at in its middle and again later), and 150 single visits scattered among the',
        `others; filled through \`history.addUrl\` in ${filled.fillSeconds.toFixed(0)} s and copied for every measurement. "Gone":`,
        '`history.onVisitRemoved` has named every protected URL and a read-back (`getVisits` for each) finds no',
        'visit left. Every measurement is checked afterwards: no protected entry left, every visit to the others',
        `still there. ${ROUNDS} rounds, each variant once a round, in a rotating order; the exit's page adds one more`,
        'protected visit.',
        '',
        `Machine load (1-minute load average, ${cpus().length} cores) during the runs: median ${load.median.toFixed(1)} (${load.min.toFixed(1)}–${load.max.toFixed(1)}).`,
        'Wall-clock times grow with the load; "browser CPU" is the CPU time all of that Chromium\'s processes',
        'spent meanwhile (from /proc, in 10 ms ticks), which grows much less.',
        '',
        '| deletion | ms, median (min–max) | browser CPU ms, median |',
        '| --- | --- | --- |',
        ...[...times].map(([name, values]) => row(name, values)),
        '',
        'The rows other than the exit time the deletion alone, from a list of the protected entries already read.',
        'The scan of the whole history that the clean starts with (it finds the protected entries and the',
        'searches), read twice a round:',
        '',
        '| scan | ms, median (min–max) | browser CPU ms, median |',
        '| --- | --- | --- |',
        ...[...scans].map(([name, values]) => row(name, values)),
      ].join('\n'),
    );
  });
});
