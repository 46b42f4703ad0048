/** The certificate as an Open Badges 3.0 VC-JWT (compact JWS, EdDSA); 404 for an unknown id. */
import type { APIRoute } from 'astro';
import { findCertificate } from '#lib/certificates/certificates.ts';
import { signCredential } from '#lib/certificates/credential.ts';
import { getDb } from '#server/db.ts';
import { getCourseSummary } from '#server/content.ts';
import { pageLocale } from '#server/page.ts';
import { credentialTexts } from '#server/progress-text.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, url }) => {
  const locale = pageLocale(params);
  const db = await getDb();
  const cert = locale ? await findCertificate(db, params.id ?? '') : undefined;
  const course = cert ? await getCourseSummary(cert.courseId) : undefined;
  if (!locale || !cert || !course) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const jwt = await signCredential(db, cert, credentialTexts(course.data, locale), { origin: url.origin });
  return new Response(jwt, { headers: { 'content-type': 'application/vc+jwt', 'cache-control': 'no-store' } });
};
