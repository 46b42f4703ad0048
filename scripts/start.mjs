// `npm start`: build when needed, migrate, seed an empty database with demo data, then serve on :4321.
// Runs on any Node that npm runs on: on one older than Astro needs, it brings Node 24 and runs itself again.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveBuilt } from './serve-built.mjs';
import { buildIsCurrent } from './build-stamp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function isNodeRecentEnough() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

/** Fetches Node 24 through scripts/ensure-node.sh (which prints one line saying so) and re-runs this script under it. */
function rerunUnderNode24() {
  const found = spawnSync('bash', [join(root, 'scripts', 'ensure-node.sh')], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const bin = /export PATH="([^"]+):\$PATH"/.exec(found.stdout ?? '')?.[1];
  if (found.status !== 0 || !bin) {
    console.error('Could not fetch Node 24 from the npm registry; install Node >= 22.12 and run npm start again.');
    process.exit(1);
  }
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
  const child = spawn(join(bin, 'node'), [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function serve() {
  if (!buildIsCurrent() || process.argv.includes('--build')) run('npm', ['run', 'build']);
  run('npx', ['tsx', 'scripts/seed.ts', ...(process.argv.includes('--demo') ? ['--demo'] : [])]);
  process.env.HOST ??= '0.0.0.0';
  process.env.PORT ??= '4321';
  if (process.env.NODE_ENV !== 'production') process.env.INSECURE_COOKIES ??= '1';
  await serveBuilt();
}

if (isNodeRecentEnough()) await serve();
else rerunUnderNode24();
