/**
 * What Chrome's install dialog says about the built manifest, asked of Chromium
 * itself (management.getPermissionWarningsByManifest needs no permission): the
 * lines docs/permissions.md gives, whatever the catalogue's size or the way its
 * sites are written into the manifest.
 */
import { readFileSync } from 'node:fs';
import { test, expect, EXTENSION_DIR } from './fixtures';

const SITE_ACCESS = 'Read and change your data on a number of websites';

test('the install dialog says what docs/permissions.md says, and never "all websites"', async ({ sw }) => {
  const manifest = readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8');
  const warnings = await sw.evaluate((text) => chrome.management.getPermissionWarningsByManifest(text), manifest);
  expect(warnings).toEqual([
    SITE_ACCESS,
    'Read and change your browsing history on all your signed-in devices',
    'Manage your downloads',
  ]);
  const documented = readFileSync('docs/permissions.md', 'utf8').replace(/\s+/g, ' ');
  for (const warning of warnings) expect(documented).toContain(`"${warning}`);
});
