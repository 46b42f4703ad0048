// Serves the built app for end-to-end tests on a fresh database with demo data, through the production
// server (src/server/http/serve.ts: precompressed static files, compression, a worker per core).
// The database file is E2E_DATABASE_FILE when given (the login fixture writes session rows into it), emptied first.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = process.env.E2E_DATABASE_FILE ?? join(mkdtempSync(join(tmpdir(), 'academy-e2e-')), 'e2e.db');
mkdirSync(dirname(file), { recursive: true });
for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
process.env.DATABASE_URL = `file:${file}`;
process.env.INSECURE_COOKIES = '1';
const seed = spawnSync('npx', ['tsx', 'scripts/seed.ts'], { cwd: root, stdio: 'inherit', env: process.env });
if (seed.status !== 0) process.exit(seed.status ?? 1);
const { serve } = await import(join(root, 'src', 'server', 'http', 'serve.ts'));
await serve();
