// After `astro build`: index the prerendered pages with Pagefind (when installed and there is content).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (existsSync(new URL('../node_modules/pagefind', import.meta.url))) {
  const r = spawnSync('npx', ['pagefind', '--site', 'dist/client'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
