// Serves the built app for end-to-end tests on a fresh database with demo data, through the production
// server (src/server/http/serve.ts: precompressed static files, compression, a worker per core).
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
const { serve } = await import(join(root, 'src', 'server', 'http', 'serve.ts'));
await serve();
