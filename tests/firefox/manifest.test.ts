import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../wxt.config';
import { contentScriptMatches } from '../../scripts/content-script-matches';
import { documentedPermissions, manifestPermissions } from '../permissions-doc';
import { EXTENSION_DIR } from './firefox';

const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));

describe('the Firefox manifest', () => {
  it('asks for exactly the permissions docs/permissions.md explains', () => {
    const documented = documentedPermissions('firefox');
    expect(documented.required.length).toBeGreaterThan(0);
    expect(manifestPermissions(manifest)).toEqual(documented);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('has a fixed add-on id and declares that it collects nothing', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: GECKO_ID,
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('runs the exit button and the notification guard on the protected sites only', () => {
    expect(manifest.content_scripts).toHaveLength(2);
    for (const script of manifest.content_scripts) expect(script.matches).toEqual(contentScriptMatches);
  });
});
