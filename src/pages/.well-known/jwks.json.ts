/** The public keys that sign the platform's credentials, retired ones included. */
import type { APIRoute } from 'astro';
import { publishedKeys } from '#lib/certificates/credential.ts';
import { getDb } from '#server/db.ts';

export const prerender = false;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await publishedKeys(await getDb())), { headers: { 'content-type': 'application/jwk-set+json', 'cache-control': 'public, max-age=300' } });
