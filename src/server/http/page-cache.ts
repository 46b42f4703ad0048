/**
 * A short-lived cache of the signed-in pages a whole class opens at once (the learner home, the sandbox home),
 * and the catalogue, kept per session (or for visitors without cookies) and thrown away on any change to the database.
 *
 * Profiling the learner home at 50 connections: each request spent about 15 ms of CPU in Astro's render and
 * nine queries, so two cores answered about 130 a second and the 99th percentile waited for the queue. The page
 * depends on the session (the Cookie header, part of the key), the URL and the database; so an answer is reused
 * only for the same URL and Cookie header, only while SQLite's `PRAGMA data_version` (read on a connection of
 * its own that never writes, so every commit by any process changes it) is what it was before the page was
 * rendered, and for at most `ttlMs` (dates such as "today" in Shanghai move on). What is never reused: an
 * answer that sets a cookie (a session refreshed or ended), anything but a 200 text/html answer, and anything
 * but GET. A database that is not a local file (libSQL server) has no such counter: no cache.
 * See docs/decisions/0022-page-cache.md.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { createClient } from '@libsql/client';

/**
 * The paths (without trailing slash) whose answers may be reused; the page may carry a query string. The
 * catalogue is rendered per request for its signed-in readers' progress; a visitor without cookies gets the
 * same page as every other.
 */
export const CACHED_PATHS: ReadonlySet<string> = new Set(['/learn', '/en/learn', '/sandbox', '/en/sandbox', '/courses', '/en/courses']);

interface Entry {
  version: number;
  expiresAt: number;
  headers: Record<string, string | string[]>;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer | undefined;
}

export interface PageCacheOptions {
  /** The database's change counter; the same number means no commit since. */
  version: () => Promise<number>;
  ttlMs?: number;
  /** Bytes kept in all (uncompressed + compressed), oldest used dropped first. */
  maxBytes?: number;
  now?: () => number;
}

/** Headers of a stored answer that belong to one transmission, not to the page. */
const PER_RESPONSE = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'x-request-id', 'date', 'connection', 'keep-alive', 'set-cookie', 'vary']);

const sizeOf = (e: Entry): number => e.identity.length + e.br.length + (e.gzip?.length ?? 0);

export class PageCache {
  readonly #entries = new Map<string, Entry>();
  readonly #version: () => Promise<number>;
  readonly #ttlMs: number;
  readonly #maxBytes: number;
  readonly #now: () => number;
  #bytes = 0;

  constructor(options: PageCacheOptions) {
    this.#version = options.version;
    this.#ttlMs = options.ttlMs ?? 15_000;
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.#now = options.now ?? Date.now;
  }

  /** The key of a request whose answer may be reused, or null. */
  static keyOf(req: IncomingMessage): string | null {
    if (req.method !== 'GET') return null;
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = (q === -1 ? url : url.slice(0, q)).replace(/\/+$/, '') || '/';
    if (!CACHED_PATHS.has(path)) return null;
    return `${url}\n${req.headers.cookie ?? ''}`;
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * Answers `req` from the cache, or lets `render` answer it and keeps a copy when it may be reused.
   * `render` is called with the response; it must end it.
   */
  async handle(req: IncomingMessage, res: ServerResponse, render: () => void): Promise<void> {
    const key = PageCache.keyOf(req);
    if (key === null) return render();
    let version: number;
    try {
      version = await this.#version();
    } catch {
      return render();
    }
    const hit = this.#entries.get(key);
    if (hit && hit.version === version && hit.expiresAt > this.#now()) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      this.#send(req, res, hit);
      return;
    }
    if (hit) this.#drop(key, hit);
    this.#capture(res, (body) => this.#keep(key, version, res, body));
    render();
  }

  #send(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
    const accepted = String(req.headers['accept-encoding'] ?? '');
    let body = entry.identity;
    let encoding: string | undefined;
    if (/\bbr\b/.test(accepted)) {
      body = entry.br;
      encoding = 'br';
    } else if (/\bgzip\b/.test(accepted)) {
      if (!entry.gzip) {
        entry.gzip = gzipSync(entry.identity, { level: 6 });
        this.#bytes += entry.gzip.length;
      }
      body = entry.gzip;
      encoding = 'gzip';
    }
    for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value);
    res.setHeader('Vary', 'Accept-Encoding');
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    res.writeHead(200);
    res.end(body);
  }

  /** Records what the renderer writes (before compression) and hands it over once the answer ends. */
  #capture(res: ServerResponse, done: (body: Buffer) => void): void {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const take = (chunk: unknown, encoding: unknown) => {
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      take(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && typeof chunk !== 'function') take(chunk, rest[0]);
      const out = end(chunk, ...rest);
      done(Buffer.concat(chunks));
      return out;
    }) as ServerResponse['end'];
  }

  #keep(key: string, version: number, res: ServerResponse, body: Buffer): void {
    if (res.statusCode !== 200 || res.hasHeader('set-cookie')) return;
    if (!String(res.getHeader('content-type') ?? '').startsWith('text/html')) return;
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (value === undefined || PER_RESPONSE.has(name)) continue;
      headers[name] = typeof value === 'number' ? String(value) : value;
    }
    const br = brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    const entry: Entry = { version, expiresAt: this.#now() + this.#ttlMs, headers, identity: body, br, gzip: undefined };
    const old = this.#entries.get(key);
    if (old) this.#drop(key, old);
    if (sizeOf(entry) > this.#maxBytes) return;
    this.#entries.set(key, entry);
    this.#bytes += sizeOf(entry);
    for (const [k, e] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#drop(k, e);
    }
  }

  #drop(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#bytes -= sizeOf(entry);
  }
}

/**
 * The change counter of a local file database, read on a connection of its own, or null when the database is not
 * a local file or PAGE_CACHE=0.
 */
export function fileDataVersion(url: string, env: NodeJS.ProcessEnv = process.env): (() => Promise<number>) | null {
  if (env['PAGE_CACHE'] === '0' || !url.startsWith('file:')) return null;
  const probe = createClient({ url });
  return async () => {
    const rows = (await probe.execute('PRAGMA data_version')).rows;
    return Number(rows[0]?.[0] ?? Number.NaN);
  };
}
