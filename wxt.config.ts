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

/**
 * Extension pages (popup, library, PDF reader, offscreen) run only the extension's own scripts: no
 * `unsafe-eval`, no remote script, no plugins. `wasm-unsafe-eval` lets pdf.js compile its WebAssembly
 * image decoders (JPEG 2000, JBIG2, ICC colour: scanned official documents) and allows no JavaScript
 * eval; Chrome's MV3 default holds it too. See docs/security.md.
 */
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

/**
 * Builds for the real-browser suite (`wxt build --mode e2e`, into `.output/chrome-mv3-e2e`) get the
 * test hooks; `npm run build` never does (a test greps the production build for them).
 */
const isE2eBuild = (mode: string): boolean => mode === 'e2e';

/**
 * Web pages only: the extension reads and highlights nothing else (utils/page-access.ts). Chrome also
 * gets `file:///*`, for the PDF reader alone: a local PDF (a document saved from a ministry's site) is
 * fetched by the reader page, which Chrome allows only with file host access and only once the user
 * turns on "Allow access to file URLs" (the reader tells them how). Firefox never lets extensions read
 * local files, so it asks for nothing more.
 */
const hostPermissions = (browser: string): string[] =>
  browser === 'firefox' ? ['http://*/*', 'https://*/*'] : ['http://*/*', 'https://*/*', 'file:///*'];
/** A match pattern (`<all_urls>`, `*://…`, `file:///*`), as opposed to an API permission. */
const isHostPattern = (p: string): boolean => p === '<all_urls>' || p.includes('://');

// The manifest is the extension's contract with the browser: permissions are the minimum the
// features need (see docs/architecture.md, "Permissions", and docs/security.md).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: (env) => ({
    define: { __POLICY_CLIPPER_E2E__: JSON.stringify(isE2eBuild(env.mode)) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'scripting',
      'contextMenus',
      'downloads',
      // The team library's one-shot sync while the worker would otherwise sleep (docs/sync.md).
      'alarms',
      // Chrome's service worker has no DOM parser: full-text briefs render in an offscreen document.
      ...(browser === 'firefox' ? [] : ['offscreen']),
      // Chrome: "Open PDFs in Policy Clipper's reader" (off by default) is one redirect rule on
      // `application/pdf` navigations (utils/pdf/auto-open.ts). The `WithHostAccess` variant acts only
      // where the host access below already reaches (http(s)) and adds no install warning; plain
      // `declarativeNetRequest` would also grant blocking on every site, which we never need. Firefox
      // opens PDFs from the popup and the link menu only, and asks for nothing.
      ...(browser === 'firefox' ? [] : ['declarativeNetRequestWithHostAccess']),
    ],
    // A team's CouchDB server (docs/sync.md: HTTPS, or HTTP on this machine) is a web origin these
    // already cover: no optional host permission would add anything.
    host_permissions: hostPermissions(browser),
    content_security_policy:
      browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    action: { default_title: '__MSG_extName__' },
    // The in-page UI frame (a highlight's menu, notices): pages may embed it, so our content script can;
    // Chrome gives it a per-session address pages cannot guess (use_dynamic_url).
    // Chrome also: the PDF reader page, the target of the redirect rule above: Chrome follows a
    // redirect of a web navigation to an extension page only when that page is web-accessible to web
    // origins. Measured in Chromium 156: with `use_dynamic_url` (either address in the rule) or with
    // `matches` narrower than the web, an address typed or opened from outside the page is refused
    // (ERR_BLOCKED_BY_CLIENT). So pages can open or frame it: the reader refuses to run in a frame,
    // and does nothing a page could use without the user's own clicks (docs/security.md).
    web_accessible_resources:
      browser === 'firefox'
        ? ['inpage.html']
        : [
            { resources: ['inpage.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
            { resources: ['pdf.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: false },
          ],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
      // The side panel (Chrome: our command opens it) or the sidebar (Firefox's own command toggles it).
      ...(browser === 'firefox'
        ? {
            _execute_browser_action: { suggested_key: { default: 'Alt+Shift+K' } },
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+L' },
              description: '__MSG_commandOpenPanel__',
            },
          }
        : {
            _execute_action: { suggested_key: { default: 'Alt+Shift+K' } },
            'open-side-panel': {
              suggested_key: { default: 'Alt+Shift+L' },
              description: '__MSG_commandOpenPanel__',
            },
          }),
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
    // WXT adds the `matches` of content scripts registered at runtime (the highlighter, injected with
    // scripting.executeScript) to the host permissions: those are the manifest's own, nothing more.
    'build:manifestGenerated': (wxt, manifest) => {
      const allowed = hostPermissions(wxt.config.browser);
      if (manifest.host_permissions) manifest.host_permissions = allowed;
      if (manifest.permissions)
        manifest.permissions = manifest.permissions.filter((p) => !isHostPattern(p) || allowed.includes(p));
    },
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
