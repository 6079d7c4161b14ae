/** The built manifest asks for no more than the extension needs, and exposes nothing to pages. */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { protectedMatchPatterns } from '../../utils/protected-sites';
import { EXTENSION_DIR } from './fixtures';

const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));

test('the manifest asks only for the permissions the README explains', () => {
  expect([...manifest.permissions].sort()).toEqual(
    ['browsingData', 'downloads', 'history', 'scripting', 'sessions', 'storage', 'tabs'].sort(),
  );
  expect(manifest.optional_permissions).toEqual(['management']);
  expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toMatch(/\| `management` \(optional\) +\|/);
  expect(readme).toMatch(/\| `\*:\/\/\*\/\*` \(optional\) +\|/);
  for (const permission of manifest.permissions)
    expect(readme, permission).toMatch(new RegExp(`\\| \`${permission}\` +\\|`));
});

test('no host permissions until the person adds a site, no broad matches, no resources pages can load, no remote code', () => {
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  const matches: string[] = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
  expect(matches).toEqual(protectedMatchPatterns);
  for (const pattern of matches) expect(pattern).not.toMatch(/<all_urls>|^\*:\/\/\*\/|^\*:\/\/\*\./);
  const csp = manifest.content_security_policy?.extension_pages ?? '';
  expect(csp).not.toMatch(/unsafe-eval|https?:/);
});
