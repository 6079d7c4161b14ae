/**
 * How long Chromium takes from launch to a running Quick Exit (its service
 * worker) in a fresh profile: installing and loading the extension. The time grows with the square of the manifest's match patterns, so three
 * builds are timed in turn: the extension as built (patterns by site, globs by
 * page), the same with every page as its own pattern (how the manifest was
 * written before), and the same with one pattern per script (the reference: what
 * loading costs without the catalogue).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { contentScriptMatches } from '../scripts/content-script-matches';
import { EXTENSION_DIR, launch, serviceWorkerOf } from '../tests/e2e/fixtures';
import { summarise, writeSection } from './results-file';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

type ContentScript = { js: string[]; matches: string[]; include_globs?: string[] };

/** One entry per script file, reaching `matches` and nothing by glob. */
const onePerScript = (scripts: ContentScript[], matches: string[]) =>
  scripts
    .filter((script, i) => scripts.findIndex((other) => other.js[0] === script.js[0]) === i)
    .map(({ include_globs: _, ...script }) => ({ ...script, matches }));

/** A copy of the built extension whose content scripts reach what `rewrite` says. */
function variant(rewrite: (scripts: ContentScript[]) => ContentScript[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'quick-exit-bench-variant-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.content_scripts = rewrite(manifest.content_scripts);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

async function launchToWorker(extension: string): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'quick-exit-bench-load-'));
  const started = Date.now();
  const context = await launch(profile, { headless: true, extensions: [extension] });
  try {
    await serviceWorkerOf(context);
    return Date.now() - started;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

test('extension load', async () => {
  const builds = {
    'as built (patterns by site, globs by page)': EXTENSION_DIR,
    'every page its own pattern (the list Firefox gets)': variant((scripts) =>
      onePerScript(scripts, [...contentScriptMatches]),
    ),
    'one pattern per script (reference)': variant((scripts) => onePerScript(scripts, ['*://reference.example/*'])),
  };
  const patterns = (dir: string) =>
    (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).content_scripts as ContentScript[])
      .map((s) => s.matches.length)
      .reduce((a, b) => a + b, 0);
  const counts = new Map(Object.entries(builds).map(([name, dir]) => [name, patterns(dir)]));
  const times = new Map<string, number[]>(Object.keys(builds).map((name) => [name, []]));
  try {
    // In turn, so that the machine's load falls on every build alike.
    for (let i = 0; i < RUNS; i++)
      for (const [name, dir] of Object.entries(builds)) times.get(name)!.push(await launchToWorker(dir));
  } finally {
    for (const dir of Object.values(builds)) if (dir !== EXTENSION_DIR) rmSync(dir, { recursive: true, force: true });
  }
  writeSection(
    'Extension load',
    [
      `From launch to Quick Exit's running service worker, a fresh profile each time (Chromium installs`,
      `and loads the extension), ${RUNS} launches of each build in turn, median (min–max):`,
      '',
      '| build | match patterns, all scripts | launch to worker (ms) |',
      '| --- | --- | --- |',
      ...Object.keys(builds).map((name) => {
        const { median, min, max } = summarise(times.get(name)!);
        return `| ${name} | ${counts.get(name)} | ${median.toFixed(0)} (${min.toFixed(0)}–${max.toFixed(0)}) |`;
      }),
    ].join('\n'),
  );
});
