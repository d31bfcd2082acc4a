import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';

/** The content script runs on every page the reader opens: its weight is a budget, not a wish. */
const CONTENT_SCRIPT_BUDGET = 60_000;

const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Terser writes a bundle's wrapper as `var content=function(){…}();`. V8 compiles a function lazily
 * unless it is parenthesised: it pre-parses all 60 kB of the content script, then parses them again
 * when the wrapper is called at once. `(function(){…})()` is parsed once: the content script's
 * evaluation went from ~57 to ~44 ms at CPU ×4 (timed by injecting both builds into a page, 40
 * runs each). The wrapper only: the functions inside are compiled when they first run.
 */
function parenthesisedIife() {
  return {
    name: 'claimlight:parenthesised-iife',
    enforce: 'post' as const,
    generateBundle(_: unknown, bundle: Record<string, { type: string; code?: string }>) {
      for (const chunk of Object.values(bundle)) {
        const m = chunk.type === 'chunk' && chunk.code ? /^(var \w+=)function\(\)\{/.exec(chunk.code) : null;
        if (!m || !/\}\(\);?\s*$/.test(chunk.code!)) continue;
        chunk.code = `${m[1]}(function(){${chunk.code!.slice(m[0].length).replace(/\}\(\)(;?\s*)$/, '})()$1')}`;
      }
    },
  };
}

/**
 * The content script talks to the browser through `browser.runtime` only (messages, getURL, id;
 * WXT's own context too). webextension-polyfill describes all 40 namespaces of the API (a 5.5 kB
 * table) and builds that table while the content script is evaluated, on every page, in a task
 * that is already long on a slow CPU. In the content script's build only, the table keeps the
 * namespaces listed here: those are wrapped exactly as before; the others would be passed through
 * to Chrome's own promise-based APIs (Firefox has `browser` natively and never uses the table).
 * The background, popup and other pages keep the whole table.
 */
const CONTENT_SCRIPT_APIS = ['runtime'];
const SHARED_BROWSER = '\0claimlight:content-script-browser';

function contentScriptPolyfillTable() {
  let contentScript = false;
  let pageCore = false;
  return {
    name: 'claimlight:content-script-polyfill-table',
    enforce: 'pre' as const,
    configResolved(config: { build: { lib?: unknown; rollupOptions?: { input?: unknown } } }) {
      const entry = JSON.stringify([config.build.lib, config.build.rollupOptions?.input]);
      contentScript = /entrypoints[\\/]content[\\/]index\.ts/.test(entry);
      pageCore = /entrypoints[\\/]page-core\.ts/.test(entry);
    },
    // The page core runs in the content script's isolated world, after it: it uses the content
    // script's polyfill object (entrypoints/content/index.ts hands it over) instead of a second copy.
    resolveId(id: string) {
      return pageCore && id === 'webextension-polyfill' ? SHARED_BROWSER : null;
    },
    load(id: string) {
      if (id !== SHARED_BROWSER) return null;
      return "const b = globalThis.__claimlightBrowser; if (!b) throw new Error('Claimlight: the page core runs only after the content script.'); export default b;";
    },
    transform(code: string, id: string) {
      if (!contentScript || !/webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/.test(id)) return null;
      const m = /(const apiMetadata = )(\{[\s\S]*?\n {6}\});\n/.exec(code);
      if (!m) throw new Error('webextension-polyfill: its API table was not found; update contentScriptPolyfillTable in wxt.config.ts');
      const all = JSON.parse(m[2]!) as Record<string, unknown>;
      const kept = Object.fromEntries(CONTENT_SCRIPT_APIS.map((k) => [k, all[k]]));
      return { code: code.replace(m[0], `${m[1]}${JSON.stringify(kept)};\n`), map: null };
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // Chrome 120+ and Firefox 140+ run ES2022 natively: no down-levelled helpers in the bundles.
    // Terser (two compress passes) makes the content script ~2.5 kB (4%) smaller than esbuild's
    // minifier does; the content script is loaded on every page, so that is worth a slower build.
    build: { target: 'es2022', minify: 'terser', terserOptions: { compress: { passes: 2 } } },
    plugins: [parenthesisedIife(), contentScriptPolyfillTable()],
    resolve: {
      alias: {
        react: 'preact/compat',
        'react-dom': 'preact/compat',
        // mark.js's ES2015 build: same code, ~3 kB smaller than the ES5 UMD its "main" points to.
        'mark.js': 'mark.js/dist/mark.es6.js',
      },
    },
  }),
  hooks: {
    'build:done': (wxt) => {
      if (wxt.config.command !== 'build') return;
      // Every page loads both: the content script and the page core it imports right after.
      const files = [path.join(wxt.config.outDir, 'content-scripts', 'content.js'), path.join(wxt.config.outDir, 'page-core.js')];
      if (!files.every((f) => fs.existsSync(f))) return;
      const [script, core] = files.map((f) => fs.statSync(f).size) as [number, number];
      const bytes = script + core;
      const line = `content script: ${bytes.toLocaleString('en')} bytes minified (content.js ${script.toLocaleString('en')} + page-core.js ${core.toLocaleString('en')}; budget ${CONTENT_SCRIPT_BUDGET.toLocaleString('en')})`;
      if (bytes > CONTENT_SCRIPT_BUDGET) throw new Error(`${line}: over budget. Move code that is not needed for the first paint into entrypoints/interactive.ts.`);
      wxt.logger.info(line);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Claimlight',
    description: 'Highlights quotes and who said them, disputed assertions and check-worthy claims on news articles. Your notes stay in your browser.',
    permissions: ['contextMenus'],
    // Stricter than the browser's default for extension pages: our own scripts only (no eval, no
    // WebAssembly), no plugins, no <base> or form targets a note could be redirected through.
    content_security_policy:
      browser === 'firefox'
        ? (EXTENSION_PAGES_CSP as never)
        : { extension_pages: EXTENSION_PAGES_CSP },
    // The interactive half of the content script (in-page UI, anchoring) is imported on demand by
    // the content script; import() from a content script needs the file to be web-accessible.
    // It is code only: no data of the reader's is ever reachable this way. note-frame.html is the
    // note editor the in-page UI embeds (typing stays in the extension's origin); it shows text only
    // for a session the background got from the content script of the same tab.
    web_accessible_resources:
      browser === 'firefox'
        ? (['page-core.js', 'interactive.js', 'note-frame.html'] as never)
        : [{ resources: ['page-core.js', 'interactive.js', 'note-frame.html'], matches: ['http://*/*', 'https://*/*', 'file:///*'] }],
    commands: {
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Highlight the selected text' },
      'note-selection': { suggested_key: { default: 'Alt+Shift+M' }, description: 'Highlight the selected text and add a note' },
      // No default keys (browsers allow four); readers can assign them in the browser's shortcut settings.
      'quote-selection': { description: 'Mark the selected text as a quote' },
      'claim-selection': { description: 'Mark the selected text as a claim' },
      'disputed-selection': { description: 'Mark the selected text as disputed' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'claimlight@claimlight.app',
              // 140 (an ESR) is the first Firefox that reads data_collection_permissions, which
              // addons.mozilla.org requires; Firefox for Android reads it from 142.
              strict_min_version: '140.0',
              // Claimlight collects nothing: all data stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
