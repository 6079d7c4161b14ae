/**
 * The permissions listed in docs/permissions.md, read from its tables' first
 * column, for one browser: a row marked "(Chromium)" is in the Chrome build only.
 */
import { readFileSync } from 'node:fs';

export interface DocumentedPermissions {
  required: string[];
  optional: string[];
  optionalHosts: string[];
}

export function documentedPermissions(
  browser: 'chrome' | 'firefox',
  path = 'docs/permissions.md',
): DocumentedPermissions {
  const rows = [...readFileSync(path, 'utf8').matchAll(/^\| `([^`]+)`( \(optional\))?( \(Chromium\))? +\|/gm)];
  const names = rows.filter((m) => browser === 'chrome' || !m[3]);
  const optional = names.filter((m) => m[2]).map((m) => m[1]!);
  return {
    required: names
      .filter((m) => !m[2])
      .map((m) => m[1]!)
      .sort(),
    optional: optional.filter((name) => !name.includes('://')).sort(),
    optionalHosts: optional.filter((name) => name.includes('://')).sort(),
  };
}

/** What a built manifest asks for, in the same shape (both sorted, so they compare). */
export function manifestPermissions(manifest: {
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
}): DocumentedPermissions {
  return {
    required: [...(manifest.permissions ?? [])].sort(),
    optional: [...(manifest.optional_permissions ?? [])].sort(),
    optionalHosts: [...(manifest.optional_host_permissions ?? [])].sort(),
  };
}
