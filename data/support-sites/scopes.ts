/**
 * Every scope in the catalogue, in catalogue order: all the extension needs at
 * run time. The build replaces this module with the list itself
 * (scripts/inline-catalogue-scopes.ts), so the organisations' names, areas and
 * sources stay out of the service worker, which a browser parses each time it
 * wakes one for an exit.
 */
import { supportSites } from './index';

export const catalogueScopes: readonly string[] = supportSites.flatMap((site) => site.scopes);
