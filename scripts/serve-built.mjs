// Runs the production server (src/server/http/serve.ts) on a built tree, in this process when Node strips types
// by itself (on by default from Node 22.18), else in a child process started with the flag. Used by `npm start`
// (scripts/start.mjs) and by a direct start of the build (`node dist/server/entry.mjs`, written by scripts/postbuild.mjs).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = join(root, 'src', 'server', 'http', 'serve.ts');

export async function serveBuilt() {
  if (!process.features.typescript) {
    const child = spawn(process.execPath, ['--experimental-strip-types', server], { cwd: root, stdio: 'inherit' });
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    return;
  }
  const { serve } = await import(server);
  await serve();
}
