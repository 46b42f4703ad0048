// `npm start`: build when needed, migrate, seed an empty database with demo data, then serve on :4321.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'dist', 'server', 'entry.mjs');

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const stale = !existsSync(entry) || ['src', 'content', 'sandbox', 'public'].some((d) => existsSync(join(root, d)) && newestMtime(join(root, d)) > statSync(entry).mtimeMs);
if (stale || process.argv.includes('--build')) run('npm', ['run', 'build']);
run('npx', ['tsx', 'scripts/seed.ts', ...(process.argv.includes('--demo') ? ['--demo'] : [])]);
process.env.HOST ??= '0.0.0.0';
process.env.PORT ??= '4321';
if (process.env.NODE_ENV !== 'production') process.env.INSECURE_COOKIES ??= '1';
await import(entry);
