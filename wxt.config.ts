import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import {
  EXIT_BUTTON_ENTRY,
  EXIT_BUTTON_PAGE_CSS,
  EXIT_BUTTON_RUN,
  EXIT_BUTTON_SCRIPT,
  NOTIFICATION_GUARD_SCRIPT,
} from './utils/background/exit-button-script';
import { DEFAULT_EXIT_SHORTCUT, EXIT_COMMAND } from './utils/pages/exit-command';
import { inlineCatalogueScopes } from './scripts/inline-catalogue-scopes';
import { chromiumContentScriptTargets, contentScriptMatches } from './scripts/content-script-matches';

/** Firefox's add-on id: fixed, so updates and the stores know it is the same extension. */
export const GECKO_ID = 'quick-exit@quick-exit.example';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact(), inlineCatalogueScopes()] }),
  // Manifest V3 in Firefox too: the same manifest and code paths as Chrome
  // (action, optional_host_permissions, scripting), and Firefox grants the
  // content script's sites at install for MV3 since version 127.
  manifestVersion: 3,
  // The store's sources zip: what rebuilds the extension (scripts/verify-sources-zip.mjs checks), not local output.
  zip: { excludeSources: ['demo-screenshot.png', 'test-results/**', 'playwright-report/**'] },
  manifest: ({ browser }) => ({
    // Every string the person sees is in locales/en_GB.yml (UK English, complete).
    default_locale: 'en_GB',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // tabs: find and close every tab on a protected site. history: delete those visits.
    // sessions: check "Recently closed" (and, in Firefox, forget those entries).
    // storage: settings, and a flag that a clean is still owed.
    // browsingData: cookies, storage and cache of protected sites. downloads: their entries in the list.
    // scripting: the exit button on the sites the person adds (registered at runtime).
    // activeTab: when the person opens the popup on a page, one look at it for a quick-exit control of its own.
    // declarativeContent (Chromium only; Firefox has none): the browser marks the toolbar icon on such a page.
    // Neither gives access to any site beforehand, and neither adds an install warning.
    permissions: [
      'tabs',
      'history',
      'sessions',
      'storage',
      'browsingData',
      'downloads',
      'scripting',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['declarativeContent']),
    ],
    // management: only for "Check this browser", asked for during the person's click and given back after.
    optional_permissions: ['management'],
    // Sites the person adds: one site at a time, asked for during their click in the popup.
    optional_host_permissions: ['*://*/*'],
    commands: {
      [EXIT_COMMAND]: {
        suggested_key: { default: DEFAULT_EXIT_SHORTCUT },
        description: '__MSG_commandExit__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // 140 (ESR) and 142 on Android: the first versions that know data_collection_permissions.
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          // Quick Exit collects nothing (docs/privacy.md).
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // The exit button's script runs on every protected page and is kept small: it needs
    // no polyfill (its only calls, storage.local.get and runtime/tabs messaging,
    // are promise-based in Chrome MV3 and Firefox alike), which would add 3 KB
    // gzipped. Every other entrypoint gets the polyfill.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entry) => entry.name === EXIT_BUTTON_ENTRY)) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
    // The exit button runs on protected sites only: its matches come from the catalogue of support sites.
    'build:manifestGenerated'(wxt, manifest) {
      // WXT takes the toolbar title from the popup's <title>; the catalogue's, so it follows the language.
      if (manifest.action) manifest.action.default_title = '__MSG_extName__';
      manifest.content_scripts ??= [];
      const run = { run_at: EXIT_BUTTON_RUN.runAt, all_frames: EXIT_BUTTON_RUN.allFrames };
      const { wholeSites, pages } = chromiumContentScriptTargets;
      const targets = wxt.config.browser === 'firefox' ? [{ matches: [...contentScriptMatches] }] : [wholeSites, pages];
      for (const target of targets)
        manifest.content_scripts.push(
          { ...run, ...target, js: [EXIT_BUTTON_SCRIPT], css: [EXIT_BUTTON_PAGE_CSS] },
          // In the page's own world: no support site gets to ask for notification permission.
          {
            ...run,
            ...target,
            js: [NOTIFICATION_GUARD_SCRIPT],
            world: 'MAIN',
          } as (typeof manifest.content_scripts)[number],
        );
    },
  },
});
