/**
 * What the extension costs a page, with the whole catalogue in the manifest: the
 * manifest's size and match list, the exit-button script's size (gzipped; its CSS
 * is inside it), the main-thread time it adds to a page load, and whether
 * anything of the extension runs where it should not (its isolated world, seen
 * through DevTools). The same small page is loaded at a protected address, at an
 * unrelated one, at an unprotected page of a shared host (GOV.UK's vehicle tax),
 * and at an unlisted page with a quick-exit control (which Chromium's
 * declarativeContent rule watches for); the reference is the unrelated address
 * in the same browser build with no extension at all, measured in the same run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_DIR, launch, test } from '../tests/e2e/fixtures';
import { page as html, PROTECTED, UNRELATED } from '../tests/e2e/sites';
import { summarise, writeSection } from './results-file';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const WITH_OWN_EXIT_CONTROL = 'https://local-support-group.example/help';
const EXIT_CONTROL = `<div class="govuk-exit-this-page"><a href="https://www.bbc.co.uk/weather"
  class="govuk-button govuk-exit-this-page__button" role="button">Exit this page</a></div>`;

async function serve(context: BrowserContext) {
  await context.route(/^https?:\/\//, (route) => {
    const body = route.request().url() === WITH_OWN_EXIT_CONTROL ? EXIT_CONTROL : '';
    return route.fulfill({ body: html('A support page', body), contentType: 'text/html' });
  });
}

async function loadCost(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (c.auxData?.type === 'isolated') worlds.push(c.name);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(100);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  await page.close();
  return { scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration'), worlds };
}

type Load = Awaited<ReturnType<typeof loadCost>>;

test('page cost', async ({ context }) => {
  await serve(context);
  const profile = mkdtempSync(join(tmpdir(), 'quick-exit-bench-plain-'));
  const plain = await launch(profile, { headless: true, extensions: [] });
  await serve(plain);
  const pages = {
    'protected address (the exit button runs)': PROTECTED.stalkingHelpline,
    'unrelated address': UNRELATED.news,
    'unprotected page of a shared host (www.gov.uk/vehicle-tax)': 'https://www.gov.uk/vehicle-tax',
    'unlisted page with a quick-exit control': WITH_OWN_EXIT_CONTROL,
  };
  const loads = new Map<string, Load[]>(Object.keys(pages).map((name) => [name, []]));
  const reference: Load[] = [];
  try {
    // In turn, so that the machine's load falls on every kind of page alike.
    for (let i = 0; i < RUNS; i++) {
      reference.push(await loadCost(plain, UNRELATED.news));
      for (const [name, url] of Object.entries(pages)) loads.get(name)!.push(await loadCost(context, url));
    }
  } finally {
    await plain.close();
    rmSync(profile, { recursive: true, force: true });
  }

  const median = (list: Load[], key: 'scriptMs' | 'taskMs') => summarise(list.map((l) => l[key])).median;
  const worldsIn = (list: Load[]) => list.filter((l) => l.worlds.includes('Quick Exit')).length;
  const row = (name: string, list: Load[]) =>
    `| ${name} | ${median(list, 'scriptMs').toFixed(1)} | ${median(list, 'taskMs').toFixed(1)} | ${worldsIn(list)} of ${list.length} |`;

  const manifestText = readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8');
  const manifest = JSON.parse(manifestText) as { content_scripts: { matches: string[]; include_globs?: string[] }[] };
  const script = readFileSync(`${EXTENSION_DIR}/exit-button.js`);
  const probe = readFileSync(`${EXTENSION_DIR}/exit-control-probe.js`);
  writeSection(
    'Page cost',
    [
      `Manifest: ${manifestText.length} bytes; content-script entries (the exit-button script and the notification guard,`,
      `by site and by page): ${manifest.content_scripts.map((c) => `${c.matches.length} patterns and ${c.include_globs?.length ?? 0} globs`).join('; ')}.`,
      `Exit-button script: ${script.length} bytes,`,
      `${gzipSync(script).length} gzipped (its CSS is inside it). The popup's one-time look (exit-control-probe.js, run`,
      `only when the person opens the popup on a page): ${probe.length} bytes, ${gzipSync(probe).length} gzipped.`,
      '',
      `The same small page loaded ${RUNS} times at each address, in turn; main-thread time from DevTools`,
      '`Performance.getMetrics`, median:',
      '',
      "| page | script (ms) | all tasks (ms) | Quick Exit's isolated world created |",
      '| --- | --- | --- | --- |',
      row('no extension installed (reference, unrelated address)', reference),
      ...[...loads].map(([name, list]) => row(name, list)),
    ].join('\n'),
  );
});
