/**
 * A direct start of the build (issue 16, item 12): `node dist/server/entry.mjs` with HOST/PORT applies the
 * migrations to an empty database before it listens, and then serves as `npm start` does: the same listener
 * (request ids, security headers, precompressed built files) and health checks; the credential signing key is made
 * at start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { openDatabase } from '#lib/db/client.ts';
import { ROOT, startOwnServer, type OwnServer } from './own-server.ts';

let dir: string;
let server: OwnServer | undefined;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'academy-direct-'));
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('node dist/server/entry.mjs migrates an empty database, then listens and serves like npm start', async ({ request }) => {
  server = await startOwnServer(join(dir, 'fresh.db'), {}, join(ROOT, 'dist', 'server', 'entry.mjs'));
  // Ready only after the warm-up found the migrations current: they ran before the port listened.
  const ready = server.log.records.find((r) => r['msg'] === 'ready');
  expect(ready?.['health']).toMatchObject({ ok: true, migrations: { current: true } });

  const health = await request.get(`${server.base}/healthz`);
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ ok: true, database: 'ok', migrations: { current: true } });
  expect(health.headers()['x-request-id']).toBeTruthy();
  expect(health.headers()['x-content-type-options']).toBe('nosniff');
  expect((await request.get(`${server.base}/readyz`)).status()).toBe(200);

  const home = await request.get(`${server.base}/`);
  expect(home.status()).toBe(200);
  expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  // A built file from the listener's in-memory table, in its precompressed brotli copy.
  const sw = await request.get(`${server.base}/sw.js`, { headers: { 'Accept-Encoding': 'br' } });
  expect(sw.status()).toBe(200);
  expect(sw.headers()['content-encoding']).toBe('br');
  expect(server.errors()).toEqual([]);
});

test('the credential signing key exists once the server has started, before any certificate asks for it', async () => {
  const opened = await openDatabase({ url: `file:${join(dir, 'fresh.db')}` });
  const keys = await opened.client.execute('SELECT kid FROM credential_keys WHERE retired_at IS NULL');
  opened.client.close();
  expect(keys.rows).toHaveLength(1);
});
