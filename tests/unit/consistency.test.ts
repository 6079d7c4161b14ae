/**
 * Quick Exit says each thing in one place (data/guidance.ts, and the catalogue
 * locales/en_GB.yml), and the pages and docs quote it. This fails when two of them
 * disagree on the shortcut, on what is removed, or on sync.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { claim } from '@/data/guidance';
import { DEFAULT_EXIT_SHORTCUT } from '@/utils/pages/exit-command';

const read = (path: string) => readFileSync(path, 'utf8');
const catalogue = await parseMessagesFile('locales/en_GB.yml');
const message = (key: string) => {
  const found = catalogue.find((m) => m.key.join('.') === key);
  if (!found || !('message' in found)) {
    throw new Error(`No plain catalogue entry ${key}`);
  }
  return (found as { message: string }).message;
};
const catalogueTexts = catalogue.flatMap((m) =>
  'message' in m ? [(m as { message: string }).message] : Object.values((m as { plurals?: object }).plurals ?? {}),
);

/** The docs that speak for Quick Exit. README.md is left out while it is being rewritten as a short front page. */
const DOCS = readdirSync('docs', { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.md'))
  .map((name) => join('docs', name));
/** The docs that quote what Quick Exit removes and what sync does. */
const QUOTING_DOCS = ['docs/store/listing.md', 'docs/for-support-sites.md'];

/** A keyboard shortcut written out: Alt+Shift+Q, Ctrl+Shift+E. */
const SHORTCUT = /\b(?:Alt|Ctrl|Command|MacCtrl|Shift)(?:\+[A-Za-z0-9]+)+/g;

/** Sentences that were said once and are wrong: each is a way two places came to disagree. */
const CONTRADICTIONS: readonly [RegExp, string][] = [
  [/cannot (?:remove|be removed|delete)[^.]*sync/i, 'synced history is deleted on the other devices too'],
  [/sync[^.]*cannot (?:remove|be removed|be deleted)/i, 'synced history is deleted on the other devices too'],
  [/remove history (?:that was )?(?:already )?synced/i, 'synced history is deleted on the other devices too'],
  [/remov\w* (?:its|their) traces/i, '"many of its traces": some stay'],
  [/works? while you are typing/i, 'Shift x3 does not work in another site’s chat frame'],
  [/photo of this page/i, 'photos sync too; no source says it helps'],
];

export function contradictions(text: string): string[] {
  return CONTRADICTIONS.filter(([pattern]) => pattern.test(text)).map(([pattern, why]) => `${pattern}: ${why}`);
}

describe('the consistency checks', () => {
  it('find the old contradictions (so the tests below can fail)', () => {
    expect(contradictions('It cannot remove history that was already synced to another device.')).toHaveLength(2);
    expect(contradictions('Leave a support website and remove its traces from this browser.')).toHaveLength(1);
    expect(contradictions('remove many of its traces')).toEqual([]);
    expect('press Alt+Shift+Q or Ctrl+Shift+E'.match(SHORTCUT)).toEqual(['Alt+Shift+Q', 'Ctrl+Shift+E']);
    expect('press Shift three times'.match(SHORTCUT)).toBeNull();
  });
});

describe('the shortcut', () => {
  it('is never written into a page or the catalogue: pages read the one the browser has', () => {
    const sources = ['entrypoints', 'components']
      .flatMap((dir) => readdirSync(dir, { recursive: true }).map((name) => join(dir, String(name))))
      .filter((path) => /\.tsx?$/.test(path));
    const written = sources.flatMap((path) => (read(path).match(SHORTCUT) ?? []).map((s) => `${path}: ${s}`));
    expect(written).toEqual([]);
    expect(catalogueTexts.flatMap((text) => text.match(SHORTCUT) ?? [])).toEqual([]);
  });

  it('is read from the browser on the guide, the first-run page and the settings', () => {
    for (const page of ['guide', 'first-run', 'options']) {
      expect(read(`entrypoints/${page}/App.tsx`), page).toContain('<ShortcutSentence />');
    }
  });

  it('is the manifest’s default wherever the docs name it', () => {
    for (const doc of DOCS) {
      for (const shortcut of read(doc).match(SHORTCUT) ?? []) expect(shortcut, doc).toBe(DEFAULT_EXIT_SHORTCUT);
    }
  });
});

describe('what is removed', () => {
  it('is "many of its traces" in the manifest, and the listing quotes the manifest', () => {
    const description = message('extDescription');
    expect(description).toContain('many of its traces');
    expect(read('docs/store/listing.md')).toContain(description);
  });

  it('is quoted word for word from the guide by the docs', () => {
    for (const doc of QUOTING_DOCS) {
      for (const id of ['removes-what', 'files-stay', 'only-those', 'what-stays']) {
        expect(read(doc), `${doc} quotes "${id}"`).toContain(claim(id).text);
      }
    }
  });

  it('is quoted on the first-run page from the guide, files included', () => {
    const firstRun = read('entrypoints/first-run/App.tsx');
    for (const id of ['removes-what', 'files-stay']) expect(firstRun).toContain(`'${id}'`);
  });
});

describe('sync', () => {
  it('is quoted word for word from the guide by the docs', () => {
    for (const doc of QUOTING_DOCS) {
      for (const id of ['sync-history', 'sync-installs', 'search-accounts', 'shift-in-frames']) {
        expect(read(doc), `${doc} quotes "${id}"`).toContain(claim(id).text);
      }
    }
  });

  it('is quoted from the guide on the first-run and check pages', () => {
    for (const page of ['first-run', 'check']) {
      const source = read(`entrypoints/${page}/App.tsx`);
      for (const id of ['sync-history', 'sync-installs']) expect(source, `${page}: ${id}`).toContain(`'${id}'`);
    }
  });
});

describe('nothing Quick Exit says', () => {
  it('repeats a sentence that contradicts the guide', () => {
    const places = [
      ...DOCS.map((path) => ({ path, text: read(path) })),
      { path: 'locales/en_GB.yml', text: catalogueTexts.join('\n') },
      { path: 'data/guidance.ts', text: read('data/guidance.ts') },
    ];
    expect(places.flatMap(({ path, text }) => contradictions(text).map((c) => `${path}: ${c}`))).toEqual([]);
  });
});
