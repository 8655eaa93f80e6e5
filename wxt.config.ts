import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Crux's build. The store builds (Chrome and Firefox, MV3) ask for no host access at all: the content script is
 * injected on demand through `activeTab` + `scripting`. The `e2e` mode (npm run build:e2e) adds one host permission
 * for the local test server, because headless automation cannot grant `activeTab`; nothing else differs.
 */
export default defineConfig({
  modules: [],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: 'Crux',
    description: 'The summary, the sticking points and your notes for any article — all on your device.',
    permissions: ['activeTab', 'scripting'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Crux: summarise this page' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open Crux on this page',
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
