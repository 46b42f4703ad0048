// After `astro build`: bundles the service worker (src/service-worker/sw.ts, with Serwist and idb) into
// dist/client/sw.js with esbuild, then lets @serwist/build inject the precache manifest: the shell's
// scripts and styles under /_astro/ (content-hashed, so no cache-busting), the offline page in both
// languages, the web manifests and the icon. The editor's files (Monaco, its workers, its fonts) are
// left out: a lesson never needs them and they would cost megabytes on every device that saves a course.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { injectManifest } from '@serwist/build';

const root = fileURLToPath(new URL('..', import.meta.url));
const client = join(root, 'dist', 'client');

/** A digest of every page the build made, so any content change gives a new worker (which refreshes saved pages). */
function buildId() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) hash.update(p.slice(client.length)).update(readFileSync(p));
    }
  };
  walk(client);
  return hash.digest('base64url').slice(0, 16);
}

export async function buildServiceWorker() {
  const tmp = mkdtempSync(join(tmpdir(), 'academy-sw-'));
  try {
    const bundled = join(tmp, 'sw.js');
    await build({
      entryPoints: [join(root, 'src', 'service-worker', 'sw.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2022',
      minify: true,
      outfile: bundled,
      define: { __BUILD_ID__: JSON.stringify(buildId()) },
      logLevel: 'warning',
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: join(client, 'sw.js'),
      globDirectory: client,
      globPatterns: ['_astro/**/*.{js,css}', 'offline/index.html', 'en/offline/index.html', '*.webmanifest', 'en/*.webmanifest', 'favicon.svg'],
      globIgnores: ['**/*Editor*', '**/*editor*', '**/*.worker*', '**/monaco*'],
      maximumFileSizeToCacheInBytes: 300 * 1024,
      dontCacheBustURLsMatching: /^_astro\//,
      manifestTransforms: [
        (entries) => ({ manifest: entries.map((e) => ({ ...e, url: `/${e.url.replace(/(^|\/)index\.html$/, '$1').replace(/\/$/, '')}` })) }),
      ],
    });
    for (const w of warnings) console.warn(`service worker: ${w}`);
    console.log(`service worker: precaches ${count} files, ${(size / 1024).toFixed(0)} KiB`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServiceWorker();
