import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';

/**
 * pdf.js's data files, copied from node_modules into the build under `pdfjs/` (the PDF reader points
 * pdf.js there): CMaps (without them Chinese text in non-embedded fonts silently vanishes), the
 * standard fonts, the wasm image decoders and the ICC profile. Copied at build time, not committed.
 */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const PDFJS_ASSETS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'];

// The manifest is the extension's contract with the browser: permissions are the minimum the
// features need (see docs/architecture.md, "Permissions").
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'scripting',
      'activeTab',
      'contextMenus',
      'downloads',
      'clipboardWrite',
      // Chrome's service worker has no DOM parser: full-text briefs render in an offscreen document.
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    // The in-page UI frame (a highlight's menu, notices): pages may embed it, so our content script can;
    // Chrome gives it a per-session address pages cannot guess (use_dynamic_url).
    web_accessible_resources:
      browser === 'firefox'
        ? ['inpage.html']
        : [{ resources: ['inpage.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
      ...(browser === 'firefox'
        ? { _execute_browser_action: { suggested_key: { default: 'Alt+Shift+K' } } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+K' } } }),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'policy-clipper@policy-clipper.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const folder of PDFJS_ASSETS)
        for (const name of readdirSync(join(PDFJS_DIR, folder)))
          files.push({ absoluteSrc: join(PDFJS_DIR, folder, name), relativeDest: `pdfjs/${folder}/${name}` });
    },
  },
  zip: {
    excludeSources: ['.tmp/**', '.output/**', 'node_modules/**', 'bench/results/**', 'tests/screenshots/**'],
  },
});
