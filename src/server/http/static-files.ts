/**
 * The built client files (dist/client), read once per process into memory with
 * the brotli and gzip copies scripts/postbuild.mjs made at build time, and
 * served from there: content negotiation on Accept-Encoding, `Vary`, strong
 * ETags per encoding, Last-Modified, 304 for conditional requests, hashed
 * assets immutable and everything else revalidated.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentType } from 'mime-types';
import Negotiator from 'negotiator';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface StaticVariant {
  body: Buffer;
  etag: string;
}

export interface StaticFile {
  type: string;
  lastModified: string;
  cacheControl: string;
  /** Headers this file needs besides the common ones (the service worker's scope). */
  headers: Record<string, string>;
  /** identity always; br and gzip when the build made a smaller copy. */
  variants: Partial<Record<Encoding, StaticVariant>> & { identity: StaticVariant };
}

/** Files the build compresses (scripts/postbuild.mjs keeps the same list). Pagefind's .pf_* files are gzip already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|txt|xml|webmanifest|map|ttf|wasm)$/;

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** The service worker (scripts/build-sw.mjs): the browser must see a new build's worker at once. */
export const SERVICE_WORKER_PATH = '/sw.js';

/** Astro puts content-hashed file names under /_astro/; nothing else may be cached without asking (the service worker least of all). */
export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE;
}

/** The service worker at the root controls the whole site, and says so (Service-Worker-Allowed). */
function headersFor(urlPath: string): Record<string, string> {
  return urlPath === SERVICE_WORKER_PATH ? { 'Service-Worker-Allowed': '/' } : {};
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

function etagOf(body: Buffer, suffix: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}${suffix}"`;
}

function readVariant(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** URL path → file, with `/dir/` and `/dir` both naming `/dir/index.html` (trailingSlash: 'ignore'). */
export type StaticTable = Map<string, StaticFile>;

export function loadStaticFiles(clientDir: string): StaticTable {
  const table: StaticTable = new Map();
  for (const file of walk(clientDir)) {
    if (file.endsWith('.br') || file.endsWith('.gz')) continue;
    const rel = relative(clientDir, file).split(sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.') && part !== '.well-known')) continue;
    const urlPath = `/${rel}`;
    const body = readFileSync(file);
    const identity = { body, etag: etagOf(body, '') };
    const variants: StaticFile['variants'] = { identity };
    if (COMPRESSIBLE.test(file)) {
      const br = readVariant(`${file}.br`);
      if (br && br.length < body.length) variants.br = { body: br, etag: etagOf(body, '-br') };
      const gz = readVariant(`${file}.gz`);
      if (gz && gz.length < body.length) variants.gzip = { body: gz, etag: etagOf(body, '-gz') };
    }
    const entry: StaticFile = {
      type: contentType(file.slice(file.lastIndexOf('/') + 1)) || 'application/octet-stream',
      lastModified: statSync(file).mtime.toUTCString(),
      cacheControl: cacheControlFor(urlPath),
      headers: headersFor(urlPath),
      variants,
    };
    table.set(urlPath, entry);
    if (urlPath.endsWith('/index.html')) {
      const dir = urlPath.slice(0, -'index.html'.length);
      table.set(dir, entry);
      if (dir !== '/') table.set(dir.slice(0, -1), entry);
    }
  }
  return table;
}

/** The file a request path names, or undefined (then the app renders it). */
export function findStatic(table: StaticTable, rawUrl: string): StaticFile | undefined {
  const q = rawUrl.search(/[?#]/);
  const path = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
  const direct = table.get(path);
  if (direct || !path.includes('%')) return direct;
  try {
    return table.get(decodeURIComponent(path));
  } catch {
    return undefined;
  }
}

/** The best encoding the client accepts among those the file has. */
export function chooseEncoding(file: StaticFile, acceptEncoding: string | undefined): Encoding {
  const available = (['br', 'gzip', 'identity'] as const).filter((e) => file.variants[e]);
  if (available.length === 1) return 'identity';
  // negotiator 1.0 breaks ties of equal q by our preference (its types still describe 0.6): br, then gzip.
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding ?? 'identity' } }) as unknown as {
    encodings(available: readonly string[], options: { preferred: readonly string[] }): string[];
  };
  return (negotiator.encodings(available, { preferred: available })[0] as Encoding | undefined) ?? 'identity';
}

function matchesEtag(ifNoneMatch: string, file: StaticFile): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  const tags = ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
  return Object.values(file.variants).some((v) => tags.includes(v.etag));
}

function isFresh(req: IncomingMessage, file: StaticFile): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) return matchesEtag(inm, file);
  const ims = req.headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Date.parse(file.lastModified) <= since;
}

/**
 * Answers GET/HEAD for a built file; returns false (and writes nothing) when
 * the request is not for one, so the caller hands it to the app.
 */
export function serveStatic(req: IncomingMessage, res: ServerResponse, table: StaticTable, extraHeaders: (pathname: string) => Record<string, string>): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const file = findStatic(table, req.url ?? '/');
  if (!file) return false;
  const encoding = chooseEncoding(file, req.headers['accept-encoding']);
  const variant = file.variants[encoding] ?? file.variants.identity;
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  const headers: Record<string, string | number> = {
    ...extraHeaders(pathname),
    ...file.headers,
    'Cache-Control': file.cacheControl,
    ETag: variant.etag,
    'Last-Modified': file.lastModified,
  };
  if (file.variants.br || file.variants.gzip) headers['Vary'] = 'Accept-Encoding';
  if (isFresh(req, file)) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  headers['Content-Type'] = file.type;
  headers['Content-Length'] = variant.body.length;
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : variant.body);
  return true;
}
