/** The request listener of src/server/http/serve.ts, apart so tests can drive it without starting a cluster. */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { constants as zlibConstants } from 'node:zlib';
import compression from 'compression';
import { securityHeaders } from '../security-headers.ts';
import { serveStatic, type StaticTable } from './static-files.ts';
import { bodyLimit } from '../body-limit.ts';
import { normalizeAddress, trustedProxies } from '#lib/auth/client-address.ts';
import type { PageCache } from './page-cache.ts';

export type AstroHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Behind a reverse proxy that ends TLS, the browser's Origin is https:// while the connection here is plain http,
 * and Astro's origin check (which compares the two) would refuse every form post. Astro takes the protocol from
 * the socket (`encrypted`) unless `security.allowedDomains` lets it trust X-Forwarded-* from anyone — which would
 * also let any client choose the address the sign-in backoff counts. So the socket is marked here, per request,
 * only when its peer is a proxy named in TRUSTED_PROXY and that proxy says the browser used https.
 */
export function markForwardedTls(req: IncomingMessage, proxies: Set<string>): void {
  if (proxies.size === 0) return;
  const socket = req.socket as IncomingMessage['socket'] & { encrypted?: boolean };
  if (!proxies.has(normalizeAddress(socket.remoteAddress ?? ''))) return;
  const header = req.headers['x-forwarded-proto'];
  const proto = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase();
  socket.encrypted = proto === 'https';
}

/**
 * The request listener: bad URLs 400, built files from memory, everything else to Astro, compressed; with a page
 * cache, the signed-in pages it keeps are answered from it while the database has not changed (page-cache.ts).
 */
export function createListener(table: StaticTable, astro: AstroHandler, proxies: Set<string> = trustedProxies(), cache: PageCache | null = null): RequestListener {
  // Profiling the catalogue at 50 connections: brotli at the middleware's default quality 4 took a fifth of the
  // busy CPU. Quality 2 costs about a third of that and still beats gzip's ratio; built files keep quality 11.
  const compress = compression({ threshold: 1024, brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 2 } } }) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  const limit = bodyLimit();
  /** How much of a refused body is read and thrown away so that its sender can read the 413. */
  const DRAIN_LIMIT = Math.max(limit * 4, 8 * 1024 * 1024);
  return (req, res) => {
    // A declared body over the one limit is refused before anything reads it, ahead of Astro's own checks
    // (bodies without Content-Length are counted as they stream, in src/middleware.ts).
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      res.writeHead(413, { ...securityHeaders(req.url ?? '/'), 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
      res.flushHeaders();
      // The body is discarded, never kept: a client still sending it gets the answer once it has sent it (closing
      // earlier makes its write fail before it reads the 413), unless it goes on past DRAIN_LIMIT bytes.
      let discarded = 0;
      req.on('data', (chunk: Buffer) => {
        discarded += chunk.length;
        if (discarded > DRAIN_LIMIT) req.destroy();
      });
      req.on('end', () => res.end('Request body too large. 请求体过大。'));
      return;
    }
    try {
      decodeURI(req.url ?? '/');
    } catch {
      res.writeHead(400, { ...securityHeaders('/'), 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request.');
      return;
    }
    // Built files get the same security headers as rendered pages (which get them from src/middleware.ts).
    if (serveStatic(req, res, table, securityHeaders)) return;
    markForwardedTls(req, proxies);
    // Inside the compression middleware, so the cache records the page before it is compressed (a stored page is
    // sent already encoded, which the middleware leaves alone).
    compress(req, res, () => void (cache ? cache.handle(req, res, () => void astro(req, res)) : astro(req, res)));
  };
}
