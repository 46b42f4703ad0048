import { describe, expect, it } from 'vitest';
import { bodyLimit, checkBody, DEFAULT_BODY_LIMIT } from '#server/body-limit.ts';

/** A body that produces `total` bytes lazily and counts how many were pulled. */
function lazyBody(total: number, chunk = 64 * 1024): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const n = Math.min(chunk, total - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x20));
    },
  });
  return { stream, pulled: () => sent };
}

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request('http://x/_actions/a', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

describe('request body limit', () => {
  it('refuses by Content-Length without reading the body', async () => {
    const body = lazyBody(400 * 1024 * 1024);
    const r = await checkBody(post(body.stream, { 'content-length': String(400 * 1024 * 1024), 'content-type': 'application/json' }), 1024 * 1024, true);
    expect(r).toEqual({ ok: false, status: 413 });
    expect(body.pulled()).toBeLessThanOrEqual(128 * 1024);
  });

  it('counts bytes while streaming when there is no Content-Length, and stops just past the limit', async () => {
    const body = lazyBody(400 * 1024 * 1024);
    const r = await checkBody(post(body.stream, { 'content-type': 'application/json' }), 1024 * 1024, true);
    expect(r).toEqual({ ok: false, status: 413 });
    expect(body.pulled()).toBeLessThan(2 * 1024 * 1024);
  });

  it('lets a body within the limit through, and later readers still see it whole', async () => {
    const request = post(JSON.stringify({ a: 'b'.repeat(1000) }), { 'content-type': 'application/json' });
    const r = await checkBody(request, 1024 * 1024, true);
    expect(r.ok && r.text?.length).toBe(1008);
    expect(((await request.json()) as { a: string }).a.length).toBe(1000);
  });

  it('refuses a Content-Length that is not a number', async () => {
    expect(await checkBody(post('x', { 'content-length': '1e9' }), 10)).toEqual({ ok: false, status: 400 });
  });

  it('ignores bodiless methods and reads the configured limit', async () => {
    expect(await checkBody(new Request('http://x/'), 1)).toEqual({ ok: true, text: null });
    expect(bodyLimit({})).toBe(DEFAULT_BODY_LIMIT);
    expect(bodyLimit({ BODY_LIMIT_BYTES: '2048' })).toBe(2048);
    expect(bodyLimit({ BODY_LIMIT_BYTES: 'lots' })).toBe(DEFAULT_BODY_LIMIT);
  });
});
