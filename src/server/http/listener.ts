/** The request listener of src/server/http/serve.ts, apart so tests can drive it without starting a cluster. */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import compression from 'compression';
import { serveStatic, type StaticTable } from './static-files.ts';

export type AstroHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * SECURITY-HEADERS CALL SITE: the headers every static response carries. The
 * hardening branch adds src/server/security-headers.ts (`securityHeaders(pathname)`);
 * once merged this returns its result (the Astro middleware applies it to rendered pages).
 */
function staticSecurityHeaders(_pathname: string): Record<string, string> {
  return {};
}

/** The request listener: bad URLs 400, built files from memory, everything else to Astro, compressed. */
export function createListener(table: StaticTable, astro: AstroHandler): RequestListener {
  const compress = compression({ threshold: 1024 }) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  return (req, res) => {
    try {
      decodeURI(req.url ?? '/');
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request.');
      return;
    }
    if (serveStatic(req, res, table, staticSecurityHeaders)) return;
    compress(req, res, () => void astro(req, res));
  };
}
