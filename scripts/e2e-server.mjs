// Serves the built app for end-to-end tests on a fresh database with demo data.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'academy-e2e-'));
process.env.DATABASE_URL = `file:${join(dir, 'e2e.db')}`;
process.env.INSECURE_COOKIES = '1';
const seed = spawnSync('npx', ['tsx', 'scripts/seed.ts'], { cwd: root, stdio: 'inherit', env: process.env });
if (seed.status !== 0) process.exit(seed.status ?? 1);
await import(join(root, 'dist', 'server', 'entry.mjs'));
