import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { EXIT_BUTTON_ENTRY, EXIT_BUTTON_SCRIPT } from './utils/exit-button-script';
import { protectedMatchPatterns } from './utils/protected-sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    // Every string the person sees is in locales/en_GB.yml (UK English, complete).
    default_locale: 'en_GB',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    action: { default_title: '__MSG_extName__' },
    // tabs: find and close every tab on a protected site. history: delete those visits.
    // sessions: check "Recently closed" (and, in Firefox, forget those entries).
    // storage: settings, and a flag that a clean is still owed.
    // browsingData: cookies, storage and cache of protected sites. downloads: their entries in the list.
    // scripting: the exit button on the sites the person adds (registered at runtime).
    permissions: ['tabs', 'history', 'sessions', 'storage', 'browsingData', 'downloads', 'scripting'],
    // management: only for "Check this browser", asked for during the person's click and given back after.
    optional_permissions: ['management'],
    // Sites the person adds: one site at a time, asked for during their click in the popup.
    optional_host_permissions: ['*://*/*'],
    commands: {
      'quick-exit': {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandExit__',
      },
    },
  },
  hooks: {
    // The content script runs on every protected page and is kept small: it needs
    // no polyfill (its only calls, storage.local.get and runtime/tabs messaging,
    // are promise-based in Chrome MV3 and Firefox alike), which would add 3 KB
    // gzipped. Every other entrypoint gets the polyfill.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entry) => entry.name === EXIT_BUTTON_ENTRY)) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
    // The exit button runs on protected sites only: its matches come from the directory.
    'build:manifestGenerated'(_wxt, manifest) {
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({
        matches: protectedMatchPatterns,
        js: [EXIT_BUTTON_SCRIPT],
        run_at: 'document_start',
        all_frames: true,
      });
    },
  },
});
