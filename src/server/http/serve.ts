/**
 * The production server: node:http in front of Astro's handler (@astrojs/node
 * in middleware mode). Built files come from memory, precompressed
 * (static-files.ts); rendered pages are compressed on the fly (brotli or gzip
 * by Accept-Encoding, the `compression` middleware over node:zlib). With more
 * than one core, node:cluster runs one worker per core on the same port.
 *
 * Run: `node src/server/http/serve.ts` (Node >= 22.18 strips the types), or
 * through `npm start`, or `node dist/server/entry.mjs` (scripts/serve-built.mjs). PORT, HOST as for @astrojs/node; WEB_CONCURRENCY sets
 * the number of workers (default: the cores available).
 */
import cluster from 'node:cluster';
import { createServer, type Server } from 'node:http';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROJECT_ROOT, resolveDatabaseUrl } from '../paths.ts';
import { createListener, type AstroHandler } from './listener.ts';
import { loadStaticFiles } from './static-files.ts';
import { fileDataVersion, PageCache } from './page-cache.ts';
import { registerWorkerWriteLock, serveWriteLock } from './write-lock.ts';
import { DEFAULT_DATABASE_URL } from '#lib/db/client.ts';
import { exitOnSignals, jsonLog, logLine, warmUp, withOperations } from './lifecycle.ts';

/** Workers to run: WEB_CONCURRENCY when set, else one per available core. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number.parseInt(env['WEB_CONCURRENCY'] ?? '', 10);
  return Number.isInteger(n) && n > 0 ? n : availableParallelism();
}

async function loadAstroHandler(): Promise<AstroHandler> {
  // app.mjs (astro.config.mjs build.serverEntry), not entry.mjs: a direct start of entry.mjs awaits this very import.
  const entry = pathToFileURL(join(PROJECT_ROOT, 'dist', 'server', 'app.mjs')).href;
  const mod = (await import(entry)) as { handler?: AstroHandler };
  if (typeof mod.handler !== 'function') throw new Error(`${entry} exports no handler: build with @astrojs/node in middleware mode`);
  return mod.handler;
}

/**
 * One worker: load the built files and the app, open and migrate the database (lifecycle.ts), listen,
 * then report ready at /readyz; SIGTERM drains it (in-flight requests finish). Resolves once listening.
 */
export async function startWorker(port = Number(process.env['PORT'] ?? 4321), host = process.env['HOST'] ?? '0.0.0.0'): Promise<Server> {
  // In a cluster, writers of all workers take turns through the primary (write-lock.ts), before the app opens the database.
  if (cluster.isWorker) registerWorkerWriteLock();
  const table = loadStaticFiles(join(PROJECT_ROOT, 'dist', 'client'));
  const version = fileDataVersion(resolveDatabaseUrl(process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL));
  const cache = version ? new PageCache({ version }) : null;
  const ops = withOperations(createListener(table, await loadAstroHandler(), undefined, cache));
  const health = await warmUp(ops.listener);
  const server = createServer({ keepAliveTimeout: 10_000 }, ops.listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  ops.ready();
  exitOnSignals(server, ops);
  logLine(jsonLog, 'info', 'ready', { port: (server.address() as { port?: number } | null)?.port, health });
  return server;
}

function startPrimary(workers: number): void {
  const port = process.env['PORT'] ?? '4321';
  const host = process.env['HOST'] ?? '0.0.0.0';
  cluster.setupPrimary({ exec: fileURLToPath(import.meta.url) });
  serveWriteLock(cluster);
  let stopping = false;
  let listening = 0;
  const fork = () => cluster.fork();
  cluster.on('listening', () => {
    listening += 1;
    if (listening === workers) console.log(`Server listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port} (${workers} workers)`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    setTimeout(fork, 1000).unref();
  });
  const stop = () => {
    stopping = true;
    // Each worker drains on its own SIGTERM (lifecycle.ts); the primary waits for them, at most the grace time.
    const workersLeft = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    for (const w of workersLeft) w.process.kill('SIGTERM');
    let left = workersLeft.length;
    if (left === 0) process.exit(0);
    cluster.on('exit', () => {
      left -= 1;
      if (left === 0) process.exit(0);
    });
    setTimeout(() => process.exit(0), Number(process.env['SHUTDOWN_GRACE_MS'] ?? 10_000) + 1000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (let i = 0; i < workers; i++) fork();
}

/** Starts the server: a cluster of workers, or one process when there is one core. */
export async function serve(): Promise<void> {
  const workers = workerCount();
  if (workers > 1) return startPrimary(workers);
  const server = await startWorker();
  const address = server.address();
  console.log(`Server listening on http://localhost:${typeof address === 'object' && address ? address.port : ''} (1 process)`);
}

if (cluster.isWorker) {
  await startWorker();
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await serve();
}
