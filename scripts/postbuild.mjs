// After `astro build`: index the prerendered pages with Pagefind (when installed and there is content), build the
// service worker (scripts/build-sw.mjs), then precompress every text file of dist/client (pages, CSS, JS, fonts, the Pagefind index's scripts) as .br and .gz
// beside the original, so src/server/http/static-files.ts serves them without compressing per request.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { buildServiceWorker } from './build-sw.mjs';
import { finishBuild } from './build-stamp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const client = join(root, 'dist', 'client');
// The same list as COMPRESSIBLE in src/server/http/static-files.ts; Pagefind's .pf_* files are gzip already.
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|txt|xml|webmanifest|map|ttf|wasm)$/;

if (existsSync(new URL('../node_modules/pagefind', import.meta.url))) {
  const r = spawnSync('npx', ['pagefind', '--site', 'dist/client'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

await buildServiceWorker();

// astro.config.mjs memoizeCspDigest: if Astro moved the function's file, the plugin would match nothing and the
// server would silently hash every inline script per request again. The built server must carry the memo.
const server = join(root, 'dist', 'server');
function hasMemo(dir) {
  return readdirSync(dir, { withFileTypes: true }).some((e) =>
    e.isDirectory() ? hasMemo(join(dir, e.name)) : e.name.endsWith('.mjs') && readFileSync(join(dir, e.name), 'utf8').includes('cspDigestMemo'),
  );
}
if (existsSync(server) && !hasMemo(server)) {
  console.error('postbuild: the built server has no cspDigestMemo: astro.config.mjs memoizeCspDigest no longer applies; update it');
  process.exit(1);
}

// dist/server/entry.mjs: the adapter's handler is app.mjs (astro.config.mjs build.serverEntry); this file re-exports it
// and, when Node runs it directly (`node dist/server/entry.mjs`, HOST/PORT as for `npm start`), starts the same
// server as `npm start` (scripts/serve-built.mjs: migrations applied before it listens, static files, headers, health checks).
writeFileSync(
  join(server, 'entry.mjs'),
  [
    '// Written by scripts/postbuild.mjs: the app handler (app.mjs), and the production server when started directly.',
    "import { realpathSync } from 'node:fs';",
    "import { fileURLToPath } from 'node:url';",
    "export * from './app.mjs';",
    '',
    'if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {',
    "  const { serveBuilt } = await import('../../scripts/serve-built.mjs');",
    '  await serveBuilt();',
    '}',
    '',
  ].join('\n'),
);

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile()) yield p;
  }
}

let count = 0;
let before = 0;
let after = 0;
for (const file of [...files(client)]) {
  if (!COMPRESSIBLE.test(file)) continue;
  const body = readFileSync(file);
  if (body.length < 256) continue;
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const gz = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
  // A copy no smaller than the original is useless; the server ignores it, so do not write it.
  if (br.length < body.length) writeFileSync(`${file}.br`, br);
  if (gz.length < body.length) writeFileSync(`${file}.gz`, gz);
  count += 1;
  before += body.length;
  after += Math.min(br.length, body.length);
}
console.log(`precompressed ${count} files: ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB with brotli`);
finishBuild();
