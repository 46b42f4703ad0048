// @ts-check
import { defineConfig, envField } from 'astro/config';
import node from '@astrojs/node';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { PAGE_CSP_DIRECTIVES } from './src/server/security-headers.ts';

/** CSP hashes of the scripts rendered with `is:inline` (every file in src/layouts/inline/). */
const inlineDir = new URL('./src/layouts/inline/', import.meta.url);
const inlineScriptHashes = readdirSync(inlineDir).filter((f) => f.endsWith('.js')).map(
  (file) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(readFileSync(new URL(file, inlineDir), 'utf8')).digest('base64')}`),
);

/**
 * Astro hashes every inline style and script of a page for its Content-Security-Policy on every request
 * (`generateCspDigest`, an async WebCrypto SHA-256 each): the same build-time strings each time, about a tenth of
 * the CPU of the signed-in learner home. This plugin makes the function remember each string's digest (a bounded
 * map per algorithm; the strings are the build's, the same for every user), so each distinct inline script or
 * style is hashed once per process. The build fails if Astro's function changes shape, and postbuild fails if the built server lacks the memo.
 */
function memoizeCspDigest() {
  const head = 'async function generateCspDigest(data, algorithm) {';
  return {
    name: 'academy:memoize-csp-digest',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/[\\/]astro[\\/]dist[\\/]core[\\/]encryption\.js$/.test(id)) return null;
      if (!code.includes(head)) throw new Error(`astro.config.mjs memoizeCspDigest: ${id} no longer has "${head}"; update the plugin`);
      const memo = [
        'const cspDigestMemo = new Map();',
        'function generateCspDigest(data, algorithm) {',
        '  let byData = cspDigestMemo.get(algorithm);',
        '  if (!byData) cspDigestMemo.set(algorithm, (byData = new Map()));',
        '  let digest = byData.get(data);',
        '  if (digest === undefined) {',
        '    if (byData.size >= 2000) byData.clear();',
        '    digest = generateCspDigestOnce(data, algorithm);',
        '    byData.set(data, digest);',
        '    digest.catch(() => byData.delete(data));',
        '  }',
        '  return digest;',
        '}',
        'async function generateCspDigestOnce(data, algorithm) {',
      ].join('\n');
      return { code: code.replace(head, memo), map: null };
    },
  };
}

export default defineConfig({
  output: 'server',
  // Middleware mode: src/server/http/serve.ts is the server (static files precompressed, compression, cluster).
  adapter: node({ mode: 'middleware' }),
  // The adapter's handler is dist/server/app.mjs; scripts/postbuild.mjs writes dist/server/entry.mjs, which re-exports
  // it and, started directly (`node dist/server/entry.mjs`), runs that server (scripts/serve-built.mjs) as `npm start` does.
  build: { serverEntry: 'app.mjs' },
  integrations: [react(), mdx()],
  site: 'http://localhost:4321',
  server: { port: 4321, host: true },
  security: {
    checkOrigin: true,
    // Every page's own policy: Astro hashes its scripts and styles; src/server/security-headers.ts adds the header policy.
    // Styles allow 'unsafe-inline': Monaco creates <style> elements at run time (hashes would switch that off).
    csp: {
      directives: [...PAGE_CSP_DIRECTIVES],
      scriptDirective: { hashes: inlineScriptHashes },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  trailingSlash: 'ignore',
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  env: {
    schema: {
      DATABASE_URL: envField.string({ context: 'server', access: 'secret', optional: true }),
      DATABASE_AUTH_TOKEN: envField.string({ context: 'server', access: 'secret', optional: true }),
    },
  },
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    plugins: [memoizeCspDigest()],
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx file triggers this harmless warning under rolldown (open Astro issue).
          if (warning.message?.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
