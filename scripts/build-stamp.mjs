// What the build in dist/ was made from: a SHA-256 over the path and bytes of every file a build reads (all files
// git tracks or would track, except tests, docs and CI files). `npm run build` takes it before building
// (`begin`: files edited during the build make the build stale) and postbuild.mjs puts it in dist/.build-stamp
// once the build is complete (`finish`). `node scripts/build-stamp.mjs check` exits 0 when dist/ was built from exactly the files here,
// so `npm start` and `npm test` build only when something changed (CI's `npm start` check and `npm test` share one
// build). Without git, or with no stamp, it says "stale" and the caller builds.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = join(root, 'dist', '.build-stamp');
const pendingFile = join(root, 'node_modules', '.build-stamp-pending');
/** Files no build reads. */
const NOT_INPUT = /^(?:tests|docs|\.ci|reports|data)\/|\.md$|^\.gitignore$/;

/** The stamp of the working tree, or null when git cannot list its files. */
function treeStamp() {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) return null;
  const hash = createHash('sha256');
  for (const file of listed.stdout.split('\0').filter((f) => f !== '' && !NOT_INPUT.test(f)).sort()) {
    const path = join(root, file);
    hash.update(file).update('\0');
    hash.update(existsSync(path) ? readFileSync(path) : 'deleted').update('\0');
  }
  return hash.digest('hex');
}

/** Before a build: no stamp in dist/ (a failed build is never current), the tree's stamp kept aside. */
function beginBuild() {
  rmSync(stampFile, { force: true });
  rmSync(pendingFile, { force: true });
  const stamp = treeStamp();
  if (stamp) writeFileSync(pendingFile, `${stamp}\n`);
}

/** After a complete build: the stamp taken before it goes into dist/. */
export function finishBuild() {
  if (existsSync(pendingFile)) renameSync(pendingFile, stampFile);
}

/** True when dist/ holds a complete build of this tree. */
export function buildIsCurrent() {
  if (!existsSync(stampFile) || !existsSync(join(root, 'dist', 'server', 'entry.mjs'))) return false;
  const stamp = treeStamp();
  return stamp !== null && readFileSync(stampFile, 'utf8').trim() === stamp;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === 'begin') beginBuild();
  else if (process.argv[2] === 'check') {
    const current = buildIsCurrent();
    console.log(current ? 'build: dist/ was built from these files; not building again' : 'build: dist/ is missing or older than these files');
    process.exit(current ? 0 : 1);
  } else {
    console.error('usage: node scripts/build-stamp.mjs begin|check (postbuild.mjs calls finishBuild)');
    process.exit(2);
  }
}
