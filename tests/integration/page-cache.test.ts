import { createServer, request, type RequestListener, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@libsql/client';
import { fileDataVersion, PageCache } from '#server/http/page-cache.ts';
import { createListener } from '#server/http/listener.ts';
import { loadStaticFiles } from '#server/http/static-files.ts';

/** A stand-in for Astro: counts renders and answers the way a signed-in page does. */
function fakeAstro(state: { renders: number; setCookie?: boolean; status?: number; cacheControl?: string }) {
  return (req: Parameters<RequestListener>[0], res: Parameters<RequestListener>[1]): Promise<void> => {
    state.renders += 1;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', state.cacheControl ?? 'private, no-store');
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    if (state.setCookie) res.setHeader('Set-Cookie', 'session=new; HttpOnly');
    res.statusCode = state.status ?? 200;
    res.write(`<!doctype html><title>home</title><p>render ${state.renders} for ${req.headers.cookie ?? ''}</p>`);
    res.end('<p>' + 'x'.repeat(4000) + '</p>');
    return Promise.resolve();
  };
}

describe('page cache', () => {
  let dir: string;
  let server: Server;
  let base: string;
  let version = 1;
  let now = 1_000;
  const state: { renders: number; setCookie?: boolean; status?: number; cacheControl?: string } = { renders: 0 };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'page-cache-'));
    const cache = new PageCache({ version: () => Promise.resolve(version), ttlMs: 10_000, now: () => now });
    server = createServer(createListener(loadStaticFiles(dir), fakeAstro(state), new Set(), cache));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, cookie = 'session=a', encoding = 'br') => fetch(`${base}${path}`, { headers: { cookie, 'accept-encoding': encoding } });

  it('answers the same session the same page again without rendering, in each encoding, with its headers', async () => {
    const first = await (await get('/learn')).text();
    const renders = state.renders;
    const again = await get('/learn');
    expect(state.renders).toBe(renders);
    expect(await again.text()).toBe(first);
    expect(again.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(again.headers.get('cache-control')).toBe('private, no-store');
    for (const encoding of ['br', 'gzip', 'identity']) {
      const raw = Buffer.from(await (await fetch(`${base}/learn`, { headers: { cookie: 'session=a', 'accept-encoding': encoding } })).arrayBuffer());
      // fetch decodes br and gzip itself; the body must be the page either way
      expect(raw.toString()).toBe(first);
    }
    expect(state.renders).toBe(renders);
  });

  it('sends the stored bytes encoded as announced', async () => {
    await get('/sandbox');
    const body = (encoding: string) =>
      new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
        const req = request(`${base}/sandbox`, { headers: { cookie: 'session=a', 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    const plain = await body('identity');
    const br = await body('br');
    const gz = await body('gzip');
    expect(plain.encoding).toBeUndefined();
    expect(br.encoding).toBe('br');
    expect(gz.encoding).toBe('gzip');
    expect(brotliDecompressSync(br.bytes).toString()).toBe(plain.bytes.toString());
    expect(gunzipSync(gz.bytes).toString()).toBe(plain.bytes.toString());
  });

  it('renders again after any change to the database, for another session, and after the time to live', async () => {
    await get('/learn');
    let renders = state.renders;
    version += 1;
    await get('/learn');
    expect(state.renders).toBe(renders + 1);
    await get('/learn', 'session=b');
    expect(state.renders).toBe(renders + 2);
    renders = state.renders;
    now += 10_001;
    await get('/learn');
    expect(state.renders).toBe(renders + 1);
  });

  it('never keeps an answer that sets a cookie or is not a 200, nor one of a page not listed', async () => {
    for (const change of [{ setCookie: true }, { status: 404 }]) {
      Object.assign(state, change);
      const before = state.renders;
      await get('/en/learn?x=1');
      await get('/en/learn?x=1');
      expect(state.renders).toBe(before + 2);
      delete state.setCookie;
      delete state.status;
      delete state.cacheControl;
    }
    const before = state.renders;
    await get('/glossary');
    await get('/glossary');
    expect(state.renders).toBe(before + 2);
  });

  it('keeps the catalogue of a visitor without cookies apart from any session', async () => {
    const before = state.renders;
    const anonymous = await (await fetch(`${base}/courses`)).text();
    expect(await (await fetch(`${base}/courses`)).text()).toBe(anonymous);
    expect(state.renders).toBe(before + 1);
    expect(await (await get('/courses', 'session=a')).text()).not.toBe(anonymous);
    expect(state.renders).toBe(before + 2);
  });
});

describe('the change counter of a file database', () => {
  it('moves with every commit of any other connection, and only then', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-version-'));
    const url = `file:${join(dir, 'x.db')}`;
    const writer = createClient({ url });
    await writer.execute('create table t (x integer)');
    const version = fileDataVersion(url, {});
    expect(version).not.toBeNull();
    const v0 = await version!();
    expect(await version!()).toBe(v0);
    await writer.execute('select * from t');
    expect(await version!()).toBe(v0);
    await writer.execute('insert into t values (1)');
    const v1 = await version!();
    expect(v1).not.toBe(v0);
    const tx = await writer.transaction('write');
    await tx.execute('insert into t values (2)');
    await tx.commit();
    expect(await version!()).not.toBe(v1);
    writer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is off for a libSQL server and with PAGE_CACHE=0', () => {
    expect(fileDataVersion('http://127.0.0.1:8080', {})).toBeNull();
    expect(fileDataVersion('file:/tmp/x.db', { PAGE_CACHE: '0' })).toBeNull();
  });
});
