/** GET /healthz: 200 when the database answers and its migrations are current, else 503 (for the reverse proxy). */
import type { APIRoute } from 'astro';
import { checkHealth } from '#lib/ops/health.ts';
import { getDb } from '#server/db.ts';
import { MIGRATIONS_DIR } from '#server/paths.ts';

export const prerender = false;

export const GET: APIRoute = async () => {
  let body;
  try {
    body = await checkHealth(await getDb(), MIGRATIONS_DIR);
  } catch {
    body = { ok: false, database: 'unreachable' as const, migrations: null };
  }
  return new Response(JSON.stringify(body), { status: body.ok ? 200 : 503, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
};
