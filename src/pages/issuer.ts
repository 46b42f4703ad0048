/**
 * GET /issuer: the Open Badges 3.0 issuer profile that every credential's issuer id names (credential.ts), for
 * anyone (a verifier resolving the id). JSON-LD; the name in the site's default language.
 */
import type { APIRoute } from 'astro';
import { issuerProfile } from '#lib/certificates/credential.ts';
import { t } from '#i18n/index.ts';

export const prerender = false;

export const GET: APIRoute = ({ url }) =>
  new Response(JSON.stringify(issuerProfile(t('zh-CN', 'verify.issuer'), { origin: url.origin })), {
    headers: { 'content-type': 'application/ld+json; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
