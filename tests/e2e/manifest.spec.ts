/** The built manifest asks for no more than the extension needs, and exposes nothing to pages. */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { supportSites } from '../../data/support-sites';
import { getPublicSuffix } from 'tldts';
import { chromiumContentScriptTargets } from '../../scripts/content-script-matches';
import { EXTENSION_DIR } from './fixtures';
import { documentedPermissions, manifestPermissions } from '../permissions-doc';

const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));

test('the manifest asks for exactly the permissions docs/permissions.md explains', () => {
  const documented = documentedPermissions('chrome');
  expect(documented.required.length).toBeGreaterThan(0);
  expect(manifestPermissions(manifest)).toEqual(documented);
});

test('no host permissions until the person adds a site, no broad matches, no resources pages can load, no remote code', () => {
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  // The exit button's script and the notification guard, both on the protected sites only:
  // patterns by site, globs by host and page (scripts/content-script-matches.ts).
  const { wholeSites, pages } = chromiumContentScriptTargets;
  type Entry = { js: string[]; world?: string; matches: string[]; include_globs?: string[] };
  expect(manifest.content_scripts.map((c: Entry) => [c.js, c.world, c.matches, c.include_globs])).toEqual([
    [['exit-button.js'], undefined, wholeSites.matches, wholeSites.include_globs],
    [['notification-guard.js'], 'MAIN', wholeSites.matches, wholeSites.include_globs],
    [['exit-button.js'], undefined, pages.matches, pages.include_globs],
    [['notification-guard.js'], 'MAIN', pages.matches, pages.include_globs],
  ]);
  for (const script of manifest.content_scripts as Entry[]) {
    expect(script.include_globs?.length).toBeGreaterThan(0);
    for (const pattern of script.matches) {
      expect(pattern).not.toMatch(/<all_urls>|^\*:\/\/\*\//);
      // "*." only on a site, never on a public suffix such as gov.uk, which would read as every site under it.
      const wildcardOn = /^\*:\/\/\*\.([^/]+)\//.exec(pattern)?.[1];
      if (wildcardOn) expect(getPublicSuffix(wildcardOn), pattern).not.toBe(wildcardOn);
    }
  }
  const csp = manifest.content_security_policy?.extension_pages ?? '';
  expect(csp).not.toMatch(/unsafe-eval|https?:/);
});

test('the script on support pages stays small and holds nothing a page could trigger or read', () => {
  const script = readFileSync(`${EXTENSION_DIR}/exit-button.js`);
  // Kept under 8 KB gzipped: it loads with every protected page.
  expect(gzipSync(script).length).toBeLessThan(8 * 1024);
  const text = script.toString('utf8');
  // No WXT content-script context (it announces itself to the page and a page can end it) and no
  // storage layer (it would double the script): auto-imports make both easy to pull in by mistake.
  expect(text).not.toContain('content-script-started');
  expect(text).not.toContain('postMessage');
  expect(text).not.toMatch(/defineItem|storage\.defineItem|setMeta/);
});

test('the service worker carries every catalogue scope and none of its names or sources', () => {
  const worker = readFileSync(`${EXTENSION_DIR}/background.js`, 'utf8');
  const missing = supportSites.flatMap((site) => site.scopes).filter((scope) => !worker.includes(scope));
  expect(missing).toEqual([]);
  // A browser parses the whole worker each time it wakes it for an exit: the catalogue's
  // names and sources (most of its size) are for people reading data/, not for the exit.
  const sourcesInWorker = supportSites.flatMap((site) => site.sources).filter((source) => worker.includes(source));
  expect(sourcesInWorker).toEqual([]);
  expect(worker.includes('organisation:')).toBe(false);
});
