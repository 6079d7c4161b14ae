/**
 * What the extension costs a page: the content script's size (gzipped; its CSS is
 * inside it), the main-thread time it adds to a page load (the same page loaded
 * at a protected address and at an unrelated one), and whether anything of the
 * extension runs on an unrelated site (its isolated world, seen through DevTools).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_DIR, test } from '../tests/e2e/fixtures';
import { page as html, PROTECTED, UNRELATED } from '../tests/e2e/sites';
import { summarise, writeSection } from './results-file';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

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

test('page cost', async ({ context }) => {
  await context.route(/^https?:\/\//, (route) =>
    route.fulfill({ body: html('A support page'), contentType: 'text/html' }),
  );
  const script = readFileSync(`${EXTENSION_DIR}/exit-button.js`);
  const protectedLoads = [];
  const unrelatedLoads = [];
  for (let i = 0; i < RUNS; i++) {
    protectedLoads.push(await loadCost(context, PROTECTED.stalkingHelpline));
    unrelatedLoads.push(await loadCost(context, UNRELATED.news));
  }
  const median = (values: number[]) => summarise(values).median;
  const protectedTask = median(protectedLoads.map((l) => l.taskMs));
  const unrelatedTask = median(unrelatedLoads.map((l) => l.taskMs));
  const protectedScript = median(protectedLoads.map((l) => l.scriptMs));
  const unrelatedScript = median(unrelatedLoads.map((l) => l.scriptMs));
  const worldsOnUnrelated = unrelatedLoads.flatMap((l) => l.worlds).filter((name) => name === 'Quick Exit').length;
  const worldsOnProtected = protectedLoads.filter((l) => l.worlds.includes('Quick Exit')).length;
  writeSection(
    'Page cost',
    [
      `Content script: ${script.length} bytes, ${gzipSync(script).length} bytes gzipped (its CSS is inside it; nothing else is injected).`,
      '',
      `The same small page loaded ${RUNS} times at a protected address and at an unrelated one; main-thread time from`,
      'DevTools `Performance.getMetrics`, median:',
      '',
      '| | script (ms) | all tasks (ms) |',
      '| --- | --- | --- |',
      `| protected address (with the content script) | ${protectedScript.toFixed(1)} | ${protectedTask.toFixed(1)} |`,
      `| unrelated address (without) | ${unrelatedScript.toFixed(1)} | ${unrelatedTask.toFixed(1)} |`,
      `| difference | ${(protectedScript - unrelatedScript).toFixed(1)} | ${(protectedTask - unrelatedTask).toFixed(1)} |`,
      '',
      `Quick Exit's isolated world was created on ${worldsOnProtected} of ${RUNS} protected loads and on ${worldsOnUnrelated} of ${RUNS} unrelated ones.`,
    ].join('\n'),
  );
});
