import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import path from 'node:path';

/**
 * Crux's build. The store builds (Chrome and Firefox, MV3) ask for no host access at install: the content script is
 * injected on demand through `activeTab` + `scripting` (the toolbar button, its shortcut, the "Save highlight to
 * Crux" menu item and the save-highlight shortcut each grant `activeTab`). `optional_host_permissions` lets the
 * reader opt one site at a time in to "show my highlights automatically here", asked at run time. The `e2e` mode
 * (npm run build:e2e) adds one host permission for the local test server, because headless automation cannot grant
 * `activeTab`; nothing else differs.
 *
 * The note editor (`entrypoints/editor/`) is an extension page the content script shows in a frame, so a page's
 * scripts can neither read what the reader types nor submit it: it is the one web-accessible resource. In Chrome
 * with `use_dynamic_url`, so its address changes every session and cannot identify Crux; Firefox has no such option
 * but gives each install its own random UUID.
 */
export default defineConfig({
  modules: [],
  vite: () => ({
    plugins: [preact()],
    resolve: {
      // WXT's content-script context posts a "content script started" message, named after the extension's id, to
      // the page's window and document; Crux's own (entrypoints/content/quiet-context.ts) stops an earlier run
      // through the isolated world instead and tells the page nothing. Only the content script imports this module.
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: path.resolve(import.meta.dirname, 'entrypoints/content/quiet-context.ts'),
        },
      ],
    },
  }),
  manifest: ({ browser, mode }) => ({
    name: 'Crux',
    description: 'The summary, the sticking points and your notes for any article — all on your device.',
    // contextMenus: the "Save highlight to Crux" item on selected text. storage: the popup's cache of analysed pages
    // in storage.session (in memory, cleared when the browser closes; no install warning).
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
    // Requested for one site at a time, from the popup, when the reader turns on auto-show there; never at install.
    optional_host_permissions: ['*://*/*'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Crux: summarise this page' },
    // The note editor, framed by the content script in the pages it runs on (which may be any page).
    web_accessible_resources: [
      {
        resources: ['editor.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open Crux on this page',
      },
      'save-highlight': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Save the selected text as a highlight',
      },
      // Alt+Shift+L: Chromium 156 assigns it (checked by the headed end-to-end test; it drops Alt+Shift+C/R/X).
      'open-library': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open your notes library',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crux@crux-reader.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
