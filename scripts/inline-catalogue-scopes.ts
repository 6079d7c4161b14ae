import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { catalogueScopes } from '../data/support-sites/scopes';

const SCOPES_MODULE = fileURLToPath(new URL('../data/support-sites/scopes.ts', import.meta.url));

/**
 * Builds data/support-sites/scopes.ts as its computed list of scopes, without
 * the catalogue behind it: the same list the tests and wxt.config.ts compute.
 */
export function inlineCatalogueScopes(): Plugin {
  return {
    name: 'quick-exit:inline-catalogue-scopes',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== SCOPES_MODULE) return null;
      return `export const catalogueScopes = ${JSON.stringify(catalogueScopes)};`;
    },
  };
}
