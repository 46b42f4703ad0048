/**
 * The operations side of one server process, around the request listener of
 * listener.ts: a request id and one JSON log line per request, a readiness
 * state (`starting` → `ready` → `draining`) answered at GET /readyz, a warm-up
 * that opens and migrates the database before the server listens, and a
 * graceful shutdown that lets in-flight requests finish.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { securityHeaders } from '../security-headers.ts';

export type Readiness = 'starting' | 'ready' | 'draining';

export interface LogRecord {
  time: string;
  level: 'info' | 'warn' | 'error';
  msg: string;
  [field: string]: unknown;
}

export type LogSink = (record: LogRecord) => void;

/** One JSON object a line on stdout (errors on stderr); LOG_REQUESTS=0 leaves out the per-request lines. */
export const jsonLog: LogSink = (record) => {
  (record.level === 'error' ? process.stderr : process.stdout).write(`${JSON.stringify(record)}\n`);
};

export function logLine(sink: LogSink, level: LogRecord['level'], msg: string, fields: Record<string, unknown> = {}): void {
  sink({ time: new Date().toISOString(), level, msg, pid: process.pid, ...fields });
}

/** A request id the client (or the proxy in front) sent, when it is a plain token; else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(given) ? given : randomUUID();
}

export interface Operations {
  listener: RequestListener;
  state(): Readiness;
  ready(): void;
  /** Stops taking new work: /readyz answers 503 and responses close their connection. */
  drain(): void;
}

/** Wraps the listener with request ids, JSON request logs and /readyz. */
export function withOperations(inner: RequestListener, options: { log?: LogSink; logRequests?: boolean } = {}): Operations {
  const log = options.log ?? jsonLog;
  const logRequests = options.logRequests ?? process.env['LOG_REQUESTS'] !== '0';
  let state: Readiness = 'starting';
  const listener: RequestListener = (req, res) => {
    const requestId = requestIdOf(req);
    const started = process.hrtime.bigint();
    // The id travels on to the app (src/middleware.ts reads it) and back to the client.
    req.headers['x-request-id'] = requestId;
    res.setHeader('X-Request-Id', requestId);
    if (state === 'draining') res.setHeader('Connection', 'close');
    const path = (req.url ?? '/').split('?')[0];
    res.on('finish', () => {
      if (!logRequests && res.statusCode < 500) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logLine(log, res.statusCode >= 500 ? 'error' : 'info', 'request', { requestId, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 });
    });
    if (path === '/readyz' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(state === 'ready' ? 200 : 503, { ...securityHeaders(path ?? '/'), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...(state === 'ready' ? {} : { 'Retry-After': '1' }) });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ ready: state === 'ready', state }));
      return;
    }
    try {
      inner(req, res);
    } catch (error) {
      logLine(log, 'error', 'uncaught error in the request listener', { requestId, error: String(error) });
      if (!res.headersSent) res.writeHead(500, { ...securityHeaders(path ?? '/'), 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    }
  };
  return {
    listener,
    state: () => state,
    ready: () => {
      if (state === 'starting') state = 'ready';
    },
    drain: () => {
      state = 'draining';
    },
  };
}

/**
 * Opens the database through the app before the real port listens: a private
 * server on a free loopback port asks this process's own app for /healthz
 * (which opens the database and applies pending migrations). Throws when the
 * database is unreachable or its migrations are not current.
 */
export async function warmUp(listener: RequestListener): Promise<unknown> {
  const probe = createServer(listener);
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    // exclusive: in a cluster worker, a port of its own rather than one shared with the other workers.
    probe.listen({ port: 0, host: '127.0.0.1', exclusive: true }, resolve);
  });
  try {
    const { port } = probe.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, { headers: { 'x-request-id': 'warm-up' } });
    const health: unknown = await res.json().catch(() => null);
    if (!res.ok) throw new Error(`the database is not ready: ${JSON.stringify(health)}`);
    return health;
  } finally {
    probe.closeAllConnections();
    await new Promise((resolve) => probe.close(resolve));
  }
}

/**
 * Graceful shutdown: no new connections, idle keep-alive connections closed,
 * requests in flight finish (their responses close the connection); after
 * `graceMs` the rest are cut. Resolves when the server has closed.
 */
export function shutDown(server: Server, ops: Operations, graceMs = Number(process.env['SHUTDOWN_GRACE_MS'] ?? 10_000)): Promise<void> {
  ops.drain();
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    // A keep-alive connection whose request has just finished is idle: close it now rather than at its timeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    sweep.unref();
    server.close(() => {
      clearTimeout(timer);
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** On SIGTERM or SIGINT: shut down gracefully, log it, exit. */
export function exitOnSignals(server: Server, ops: Operations, log: LogSink = jsonLog): void {
  const stop = (signal: NodeJS.Signals) => {
    if (ops.state() === 'draining') return;
    logLine(log, 'info', 'shutting down', { signal });
    void shutDown(server, ops).then(() => {
      logLine(log, 'info', 'stopped');
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
