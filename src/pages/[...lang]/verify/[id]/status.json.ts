/** The credential's status entry (`credentialStatus.id`): whether it is revoked, when and why. */
import type { APIRoute } from 'astro';
import { findCertificate } from '#lib/certificates/certificates.ts';
import { verifyUrl } from '#lib/certificates/credential.ts';
import { getDb } from '#server/db.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, url }) => {
  const cert = await findCertificate(await getDb(), params.id ?? '');
  if (!cert) return new Response(JSON.stringify({ error: 'not found' }), { status: 404, headers: { 'content-type': 'application/json' } });
  const body = {
    id: `${verifyUrl(url.origin, cert.id)}/status.json`,
    type: '1EdTechRevocationList',
    credential: verifyUrl(url.origin, cert.id),
    revoked: cert.revoked !== null,
    revokedAt: cert.revoked?.at.toISOString() ?? null,
    reason: cert.revoked?.reason ?? null,
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
};
