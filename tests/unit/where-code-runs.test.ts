/**
 * The folders say where code runs, and this keeps them honest:
 * - utils/background/ (and entrypoints/background.ts): only the service worker;
 * - utils/page-script/ (and entrypoints/exit-button/, entrypoints/exit-control-probe.ts):
 *   the scripts that run in web pages, kept small and free of the storage layer, the polyfill and the
 *   i18n runtime (tests/e2e/manifest.spec.ts measures the built script);
 * - utils/pages/ (with components/ and the entrypoints built from an HTML page): extension pages;
 * - utils/shared/: more than one of these.
 * A module that breaks the rule fails here with its file and the import.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFilesUnder, type SourceImport } from './source-imports';

type Context = 'background' | 'page-script' | 'pages' | 'shared' | 'data';

const ROOT = process.cwd();
const SOURCE_DIRS = ['entrypoints', 'components', 'utils', 'data'];

/** Extension pages: the entrypoints WXT builds from an HTML page (popup, options...). */
const PAGE_ENTRYPOINTS = readdirSync(join(ROOT, 'entrypoints'))
  .filter((name) => existsSync(join(ROOT, 'entrypoints', name, 'index.html')))
  .map((name) => `entrypoints/${name}/`);

/**
 * The shared modules the exit button's script may use: the message protocol and
 * its report type, and plain reads of storage.local (flags, triggers,
 * destination), none with WXT's storage layer. Anything they import must be on
 * this list too.
 */
const EXIT_BUTTON_SHARED = new Set([
  'utils/shared/messages.ts',
  'utils/shared/clean-report.ts',
  'utils/shared/flags.ts',
  'utils/shared/triggers.ts',
  'utils/shared/destination.ts',
]);

function contextOf(path: string): Context | undefined {
  if (path === 'entrypoints/background.ts' || path.startsWith('entrypoints/background/')) return 'background';
  if (path.startsWith('utils/background/')) return 'background';
  // The popup's one look at a page for its own exit control runs there too, with the same recogniser.
  if (path === 'entrypoints/exit-control-probe.ts') return 'page-script';
  if (path.startsWith('entrypoints/exit-button/') || path.startsWith('utils/page-script/')) return 'page-script';
  if (PAGE_ENTRYPOINTS.some((page) => path.startsWith(page))) return 'pages';
  if (path.startsWith('components/') || path.startsWith('utils/pages/')) return 'pages';
  if (path.startsWith('utils/shared/')) return 'shared';
  if (path.startsWith('data/')) return 'data';
  return undefined;
}

const safeForExitButton = (path: string) =>
  contextOf(path) === 'page-script' || contextOf(path) === 'data' || EXIT_BUTTON_SHARED.has(path);

/** Why `file` may not import `target`, or undefined when it may. */
function ruleBroken(file: string, target: string): string | undefined {
  const to = contextOf(target);
  if (to === undefined) return `${target} is in no folder that says where it runs`;
  if (to === 'background' && contextOf(file) !== 'background') {
    return 'background code: only the service worker imports utils/background/';
  }
  if (to === 'pages' && contextOf(file) !== 'pages') {
    return 'page code: only extension pages and components import utils/pages/ and components/';
  }
  return undefined;
}

/** Every file the exit button's script bundles, from its own files through their imports. */
function reachedByExitButton(graph: ReadonlyMap<string, readonly SourceImport[]>): Set<string> {
  const reached = new Set([...graph.keys()].filter((file) => contextOf(file) === 'page-script'));
  for (const file of reached) {
    for (const { target } of graph.get(file) ?? []) if (target && graph.has(target)) reached.add(target);
  }
  return reached;
}

/** Every broken rule, as "file imports 'spec': why". */
function brokenRules(graph: ReadonlyMap<string, readonly SourceImport[]>): string[] {
  const broken: string[] = [];
  for (const file of graph.keys()) {
    // A new entrypoint lands here too, until this file says where it runs.
    if (contextOf(file) === undefined) {
      broken.push(`${file}: in no folder that says where it runs (background, page-script, pages, shared)`);
    }
  }
  for (const [file, imports] of graph) {
    for (const { spec, target, unresolved } of imports) {
      if (!target) continue;
      if (unresolved) {
        broken.push(`${file} imports '${spec}': no such file`);
        continue;
      }
      const why = ruleBroken(file, target);
      if (why) broken.push(`${file} imports '${spec}': ${why}`);
    }
  }
  for (const file of reachedByExitButton(graph)) {
    for (const { spec, target } of graph.get(file) ?? []) {
      if (target && !safeForExitButton(target)) {
        broken.push(
          `${file} imports '${spec}': the exit button's script may import only utils/page-script/, data/ ` +
            `and ${[...EXIT_BUTTON_SHARED].join(', ')}`,
        );
      }
    }
  }
  return broken;
}

const sourceGraph = () =>
  new Map(sourceFilesUnder(ROOT, SOURCE_DIRS).map((file) => [file, importsOf(ROOT, file)] as const));

describe('reading imports', () => {
  it('finds imports, re-exports, type imports and import() with their files, and packages without one', () => {
    const source = [
      "import { flagsOrDefaults } from '@/utils/shared/flags';",
      "import type { ExitRequest } from '../../utils/background/exit';",
      "export { coverPage } from './cover';",
      "const leave = () => import('./leave');",
      "import css from './style.css?inline';",
      "import { browser } from 'wxt/browser';",
      "import { nothing } from './no-such-file';",
    ].join('\n');
    expect(importsOf(ROOT, 'entrypoints/exit-button/index.ts', source)).toEqual([
      { spec: '@/utils/shared/flags', target: 'utils/shared/flags.ts' },
      { spec: '../../utils/background/exit', target: 'utils/background/exit.ts' },
      { spec: './cover', target: 'entrypoints/exit-button/cover.ts' },
      { spec: './leave', target: 'entrypoints/exit-button/leave.ts' },
      { spec: './style.css?inline', target: 'entrypoints/exit-button/style.css' },
      { spec: 'wxt/browser' },
      { spec: './no-such-file', target: 'entrypoints/exit-button/no-such-file', unresolved: true },
    ]);
  });

  it('sees source files in every folder', () => {
    const files = [...sourceGraph().keys()];
    for (const context of ['background', 'page-script', 'pages', 'shared', 'data'] as const) {
      expect(files.filter((file) => contextOf(file) === context).length, context).toBeGreaterThan(1);
    }
  });
});

describe('the rule', () => {
  const graph = (entries: Record<string, SourceImport[]>) => new Map(Object.entries(entries));
  const use = (target: string): SourceImport => ({ spec: target.replace(/\.tsx?$/, ''), target });

  it('is kept by every source file', () => {
    expect(brokenRules(sourceGraph())).toEqual([]);
  });

  it('names a page, a component or the exit-button script that imports background code', () => {
    const bad = use('utils/background/exit.ts');
    expect(
      brokenRules(
        graph({
          'entrypoints/popup/App.tsx': [bad],
          'components/CleanNow.tsx': [bad],
          'entrypoints/exit-button/leave.ts': [bad],
          'utils/shared/settings.ts': [bad],
          'utils/background/auto-clean/run-clean.ts': [bad],
        }),
      ),
    ).toEqual([
      "entrypoints/popup/App.tsx imports 'utils/background/exit': background code: only the service worker imports utils/background/",
      "components/CleanNow.tsx imports 'utils/background/exit': background code: only the service worker imports utils/background/",
      "entrypoints/exit-button/leave.ts imports 'utils/background/exit': background code: only the service worker imports utils/background/",
      "utils/shared/settings.ts imports 'utils/background/exit': background code: only the service worker imports utils/background/",
      expect.stringMatching(
        /^entrypoints\/exit-button\/leave\.ts imports 'utils\/background\/exit': the exit button's/,
      ),
    ]);
  });

  it('names the background or the exit-button script importing page code', () => {
    const broken = brokenRules(
      graph({
        'utils/background/exit.ts': [use('utils/pages/clean-summary.ts')],
        'utils/page-script/shift-presses.ts': [use('components/ExitNowButton.tsx')],
        'components/CleanNow.tsx': [use('utils/pages/clean-summary.ts')],
      }),
    );
    expect(broken.filter((line) => line.includes('page code'))).toEqual([
      "utils/background/exit.ts imports 'utils/pages/clean-summary': page code: only extension pages and components import utils/pages/ and components/",
      "utils/page-script/shift-presses.ts imports 'components/ExitNowButton': page code: only extension pages and components import utils/pages/ and components/",
    ]);
  });

  it('keeps the exit-button script to utils/page-script, data and the listed shared files, through what they import', () => {
    const broken = brokenRules(
      graph({
        'entrypoints/exit-button/index.ts': [
          use('utils/page-script/shift-presses.ts'),
          use('data/search-terms.ts'),
          use('utils/shared/messages.ts'),
          use('utils/shared/settings.ts'),
        ],
        'utils/shared/messages.ts': [use('utils/shared/clean-report.ts'), use('utils/shared/protected-sites.ts')],
        'utils/shared/settings.ts': [],
        'utils/shared/clean-report.ts': [],
        'utils/background/exit.ts': [use('utils/shared/settings.ts')],
      }),
    );
    expect(broken.map((line) => line.split(': ')[0])).toEqual([
      "entrypoints/exit-button/index.ts imports 'utils/shared/settings'",
      "utils/shared/messages.ts imports 'utils/shared/protected-sites'",
    ]);
  });

  it('names a module or an entrypoint in no folder that says where it runs, and an import of a missing file', () => {
    expect(
      brokenRules(
        graph({
          'utils/helpers.ts': [],
          'entrypoints/sidepanel.ts': [],
          'components/OpenNow.tsx': [{ spec: './gone', target: 'components/gone', unresolved: true }],
        }),
      ),
    ).toEqual([
      'utils/helpers.ts: in no folder that says where it runs (background, page-script, pages, shared)',
      'entrypoints/sidepanel.ts: in no folder that says where it runs (background, page-script, pages, shared)',
      "components/OpenNow.tsx imports './gone': no such file",
    ]);
  });
});
