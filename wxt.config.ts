import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { protectedMatchPatterns } from './utils/protected-sites';

/** The content script file WXT builds from entrypoints/exit-button.content/. */
const EXIT_BUTTON_SCRIPT = 'content-scripts/exit-button.js';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Quick Exit',
    description: 'Leave a support website in an instant and remove its traces from this browser.',
    // tabs: find and close every tab on a protected site. history: delete those visits.
    // sessions: check "Recently closed" (and, in Firefox, forget those entries).
    // storage: settings, and a flag that a clean is still owed.
    // browsingData: cookies, storage and cache of protected sites. downloads: their entries in the list.
    permissions: ['tabs', 'history', 'sessions', 'storage', 'browsingData', 'downloads'],
    commands: {
      'quick-exit': {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: 'Exit now and remove traces of support sites',
      },
    },
  },
  hooks: {
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
