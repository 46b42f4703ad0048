/**
 * The server process's operations (src/server/http/lifecycle.ts) around a
 * stand-in app: request ids and JSON log lines, /readyz through start-up and
 * shutdown, the warm-up that must succeed before listening, and a graceful
 * shutdown that lets a request in flight finish while refusing new ones.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { shutDown, warmUp, withOperations, type LogRecord } from '#server/http/lifecycle.ts';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) if (s.listening) await new Promise((r) => s.close(r));
});

async function listen(listener: RequestListener): Promise<{ server: Server; base: string }> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A stand-in app: /slow answers after the given delay, /healthz as told, anything else at once. */
function app(health = 200, slowMs = 400): RequestListener {
  return (req, res) => {
    if (req.url === '/healthz') {
      res.writeHead(health, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: health === 200 }));
      return;
    }
    const delay = req.url === '/slow' ? slowMs : 0;
    setTimeout(() => {
      res.writeHead(req.url === '/boom' ? 500 : 200, { 'content-type': 'text/plain' });
      res.end('done');
    }, delay);
  };
}

describe('operations around the app', () => {
  it('gives each request an id (or keeps a plain one it was sent) and logs one JSON line per request', async () => {
    const lines: LogRecord[] = [];
    const ops = withOperations(app(), { log: (r) => lines.push(r), logRequests: true });
    ops.ready();
    const { base } = await listen(ops.listener);
    const a = await fetch(`${base}/page?token=secret`);
    expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const b = await fetch(`${base}/boom`, { headers: { 'x-request-id': 'proxy-id-42' } });
    expect(b.headers.get('x-request-id')).toBe('proxy-id-42');
    const c = await fetch(`${base}/page`, { headers: { 'x-request-id': 'bad id\twith "quotes"' } });
    expect(c.headers.get('x-request-id')).not.toContain('quotes');
    await new Promise((r) => setTimeout(r, 20));
    expect(lines.map((l) => [l.msg, l.path, l.status])).toEqual([
      ['request', '/page', 200],
      ['request', '/boom', 500],
      ['request', '/page', 200],
    ]);
    expect(lines[0]).toMatchObject({ level: 'info', method: 'GET', requestId: a.headers.get('x-request-id') });
    expect(lines[1]).toMatchObject({ level: 'error', requestId: 'proxy-id-42' });
    // The query (which may carry tokens) is not logged.
    expect(JSON.stringify(lines)).not.toContain('secret');
    for (const l of lines) expect(typeof l.ms).toBe('number');
  });

  it('without request logging, still logs the 5xx', async () => {
    const lines: LogRecord[] = [];
    const ops = withOperations(app(), { log: (r) => lines.push(r), logRequests: false });
    ops.ready();
    const { base } = await listen(ops.listener);
    await fetch(`${base}/page`);
    await fetch(`${base}/boom`);
    await new Promise((r) => setTimeout(r, 20));
    expect(lines.map((l) => l.path)).toEqual(['/boom']);
  });

  it('/readyz: 503 while starting, 200 when ready, 503 while draining', async () => {
    const ops = withOperations(app(), { log: () => {} });
    const { server, base } = await listen(ops.listener);
    const starting = await fetch(`${base}/readyz`);
    expect(starting.status).toBe(503);
    expect(await starting.json()).toEqual({ ready: false, state: 'starting' });
    expect(starting.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    ops.ready();
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, state: 'ready' });
    ops.drain();
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    await shutDown(server, ops, 1000);
  });

  it('the warm-up passes when /healthz is 200 and fails otherwise', async () => {
    await expect(warmUp(withOperations(app(200), { log: () => {} }).listener)).resolves.toEqual({ ok: true });
    await expect(warmUp(withOperations(app(503), { log: () => {} }).listener)).rejects.toThrow(/not ready/);
  });

  it('shutdown: a request in flight finishes, new connections are refused', async () => {
    const ops = withOperations(app(200, 500), { log: () => {} });
    ops.ready();
    const { server, base } = await listen(ops.listener);
    const inFlight = fetch(`${base}/slow`);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const stopped = shutDown(server, ops, 5000);
    // Arriving while draining: told to close its connection.
    const late = await fetch(`${base}/page`).catch(() => null);
    if (late) expect(late.headers.get('connection')).toBe('close');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('done');
    await stopped;
    // Not held open by the finished keep-alive connection until the grace time.
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(fetch(`${base}/page`)).rejects.toThrow();
  });

  it('shutdown cuts what is still running after the grace time', async () => {
    const ops = withOperations(app(200, 10_000), { log: () => {} });
    ops.ready();
    const { server, base } = await listen(ops.listener);
    const inFlight = fetch(`${base}/slow`).then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await shutDown(server, ops, 300);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await inFlight).toBe('cut');
  });
});
