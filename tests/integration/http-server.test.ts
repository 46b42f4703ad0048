import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createRequestFromNodeRequest } from 'astro/app/node';
import { createListener } from '#server/http/listener.ts';
import { loadStaticFiles } from '#server/http/static-files.ts';
import { securityHeaders } from '#server/security-headers.ts';

const page = `<!doctype html><html lang="zh-CN"><body>${'<p>跨境电商 cross-border e-commerce</p>'.repeat(200)}</body></html>`;
const script = `export const x = ${JSON.stringify('a'.repeat(4000))};`;
let dir: string;
let server: Server;
let base: string;
const rendered: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'academy-http-'));
  mkdirSync(join(dir, 'courses', 'c', '01-l'), { recursive: true });
  mkdirSync(join(dir, '_astro'));
  const lesson = join(dir, 'courses', 'c', '01-l', 'index.html');
  writeFileSync(lesson, page);
  writeFileSync(`${lesson}.br`, brotliCompressSync(page));
  writeFileSync(`${lesson}.gz`, gzipSync(page));
  writeFileSync(join(dir, '_astro', 'app.Ab12.js'), script);
  writeFileSync(join(dir, '_astro', 'app.Ab12.js.br'), brotliCompressSync(script));
  writeFileSync(join(dir, '.hidden'), 'secret');
  writeFileSync(join(dir, 'sw.js'), script);
  const listener = createListener(loadStaticFiles(dir), (req, res) => {
    rendered.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page);
    return Promise.resolve();
  });
  server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** node:http, not fetch: fetch decodes bodies and hides Content-Encoding. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  it('sends the brotli copy to a browser that accepts it, gzip to one that accepts only gzip, plain bytes otherwise', async () => {
    const br = await get('/courses/c/01-l/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(page) / 5);

    const gz = await get('/courses/c/01-l/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(page);

    const plain = await get('/courses/c/01-l/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);

    const refused = await get('/courses/c/01-l/', { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');
  });

  it('carries the security headers of src/server/security-headers.ts', async () => {
    const r = await get('/courses/c/01-l/');
    for (const [name, value] of Object.entries(securityHeaders('/courses/c/01-l/'))) expect(r.headers[name.toLowerCase()], name).toBe(value);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('names a page by its folder with or without the slash, and by index.html', async () => {
    for (const path of ['/courses/c/01-l', '/courses/c/01-l/', '/courses/c/01-l/index.html']) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    }
    expect(rendered).toEqual([]);
  });

  it('revalidates HTML with ETag and Last-Modified (304), a different ETag per encoding', async () => {
    const first = await get('/courses/c/01-l/', { 'Accept-Encoding': 'br' });
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers['etag'] ?? '';
    expect(etag).toMatch(/^".+-br"$/);
    const gz = await get('/courses/c/01-l/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['etag']).not.toBe(etag);

    const again = await get('/courses/c/01-l/', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['etag']).toBe(etag);
    expect(again.headers['vary']).toBe('Accept-Encoding');

    const stale = await get('/courses/c/01-l/', { 'Accept-Encoding': 'br', 'If-None-Match': '"something-else"' });
    expect(stale.status).toBe(200);

    const since = await get('/courses/c/01-l/', { 'If-Modified-Since': first.headers['last-modified'] ?? '' });
    expect(since.status).toBe(304);
    const before = await get('/courses/c/01-l/', { 'If-Modified-Since': new Date(0).toUTCString() });
    expect(before.status).toBe(200);
  });

  it('marks hashed assets immutable', async () => {
    const r = await get('/_astro/app.Ab12.js', { 'Accept-Encoding': 'br' });
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.headers['content-type']).toMatch(/^text\/javascript/);
    expect(brotliDecompressSync(r.body).toString()).toBe(script);
  });

  it('serves the service worker as JavaScript, revalidated every time, allowed to control the whole site', async () => {
    const r = await get('/sw.js');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.headers['service-worker-allowed']).toBe('/');
    expect(r.headers['etag']).toBeTruthy();
  });

  it('answers HEAD without a body and never serves dot files', async () => {
    const head = await get('/courses/c/01-l/', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    rendered.length = 0;
    await get('/.hidden');
    expect(rendered).toEqual(['GET /.hidden']);
  });
});

describe('rendered pages', () => {
  it('go to the app, compressed on the fly by Accept-Encoding with Vary', async () => {
    rendered.length = 0;
    const br = await get('/learn', { 'Accept-Encoding': 'br' });
    expect(rendered).toEqual(['GET /learn']);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    const gz = await get('/learn', { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(gz.body).toString()).toBe(page);
  });

  it('a POST to a static path goes to the app; a malformed URL is 400', async () => {
    rendered.length = 0;
    await get('/courses/c/01-l/', {}, 'POST');
    expect(rendered).toEqual(['POST /courses/c/01-l/']);
    const bad = await get('/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect(bad.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(bad.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('behind a reverse proxy that ends TLS', () => {
  /** A listener whose app reports the URL Astro's own request builder makes of each request. */
  async function proxied(proxies: Set<string>): Promise<{ base: string; seen: string[]; close: () => Promise<void> }> {
    const seen: string[] = [];
    const listener = createListener(loadStaticFiles(dir), (req, res) => {
      seen.push(createRequestFromNodeRequest(req).url);
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok');
      return Promise.resolve();
    }, proxies);
    const s = createServer(listener);
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const port = (s.address() as AddressInfo).port;
    return { base: `http://127.0.0.1:${port}`, seen, close: () => new Promise((resolve) => s.close(() => resolve())) };
  }
  function send(url: string, headers: Record<string, string>): Promise<void> {
    return new Promise((resolve, reject) => {
      const req = request(url, { headers, agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve());
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('the app sees https only when a proxy named in TRUSTED_PROXY says so', async () => {
    const trusted = await proxied(new Set(['127.0.0.1']));
    const untrusted = await proxied(new Set(['10.9.9.9']));
    try {
      await send(`${trusted.base}/learn`, { 'X-Forwarded-Proto': 'https', Host: 'academy.example' });
      await send(`${trusted.base}/learn`, { 'X-Forwarded-Proto': 'http', Host: 'academy.example' });
      await send(`${trusted.base}/learn`, { Host: 'academy.example' });
      await send(`${untrusted.base}/learn`, { 'X-Forwarded-Proto': 'https', Host: 'academy.example' });
      expect(trusted.seen.map((u) => new URL(u).protocol)).toEqual(['https:', 'http:', 'http:']);
      expect(untrusted.seen.map((u) => new URL(u).protocol)).toEqual(['http:']);
    } finally {
      await trusted.close();
      await untrusted.close();
    }
  });
});

describe('the database under two server workers', () => {
  it('every pooled connection waits for a writer (busy timeout), not only the first one', async () => {
    const { openDatabase } = await import('#lib/db/client.ts');
    const file = join(dir, 'busy.db');
    const { client } = await openDatabase({ url: `file:${file}` });
    const tx = await client.transaction('write');
    // The transaction holds the first connection, so this runs on another one from the pool.
    const other = await client.execute('PRAGMA busy_timeout');
    await tx.commit();
    client.close();
    expect(Object.values(other.rows[0] ?? {})[0]).toBe(5000);
  });
});
