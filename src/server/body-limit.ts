/**
 * One limit on request bodies for every route, applied before anything reads
 * a body: by Content-Length when the client sends it, otherwise by counting
 * bytes as they stream in (a copy of the body, bounded by the limit, is what
 * later readers see). JSON posts to actions are parsed only within the limit.
 */

/** 1 MiB, Astro's own limit for action bodies; BODY_LIMIT_BYTES overrides it. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export function bodyLimit(env: Record<string, string | undefined> = process.env): number {
  const n = Number.parseInt(env['BODY_LIMIT_BYTES'] ?? '', 10);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_BODY_LIMIT;
}

export type BodyCheck = { ok: true; text: string | null } | { ok: false; status: 413 | 400 };

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Checks the size of the request's body without consuming it. With
 * `readText`, also returns the body as text (read from a clone, within the
 * limit) so the caller can parse it; otherwise `text` is null.
 */
export async function checkBody(request: Request, limit: number, readText = false): Promise<BodyCheck> {
  if (!METHODS_WITH_BODY.has(request.method) || !request.body) return { ok: true, text: null };
  const declared = request.headers.get('content-length');
  if (declared !== null) {
    if (!/^\d+$/.test(declared.trim())) return { ok: false, status: 400 };
    if (Number(declared) > limit) return { ok: false, status: 413 };
    if (!readText) return { ok: true, text: null };
  }
  const reader = request.clone().body?.getReader();
  if (!reader) return { ok: true, text: null };
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      // Stop the upload: cancel both halves of the clone (each half's cancel settles only with the other's).
      void reader.cancel().catch(() => undefined);
      void request.body?.cancel().catch(() => undefined);
      return { ok: false, status: 413 };
    }
    if (readText) chunks.push(value);
  }
  if (!readText) return { ok: true, text: null };
  const all = new Uint8Array(received);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(all) };
}
