import { expect, test } from '@playwright/test';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { DEMO, expectAxeClean, signIn } from './helpers.ts';

async function demoCertificateHref(page: import('@playwright/test').Page): Promise<string> {
  await signIn(page, DEMO.learner);
  await page.goto('/learn');
  await expect(page.getByRole('heading', { name: '技能水平' })).toBeVisible();
  await expect(page.locator('svg[role="img"]')).toBeVisible();
  const link = page.locator('.cert-list a').first();
  await expect(link).toBeVisible();
  return (await link.getAttribute('href'))!;
}

test('the demo learner’s certificate opens without a session, with a QR code, and its credential verifies against the JWKS', async ({ page, browser, baseURL, playwright }) => {
  const href = await demoCertificateHref(page);
  expect(href).toMatch(/^\/verify\/[A-Za-z0-9_-]{22}$/);
  await expectAxeClean(page);

  const anonymous = await browser.newContext();
  const p = await anonymous.newPage();
  const res = await p.goto(href);
  expect(res?.status()).toBe(200);
  await expect(p.getByRole('heading', { level: 1 })).toContainText('结业证书');
  await expect(p.locator('.cert-facts')).toContainText('李明（演示学员）');
  await expect(p.locator('.cert-facts')).toContainText('抚顺职业技术学院');
  await expect(p.locator('.verify-status')).toContainText('有效');
  await expect(p.locator('.cert-qr svg')).toBeVisible();
  await expectAxeClean(p);
  await p.emulateMedia({ media: 'print' });
  await expect(p.locator('.site-header')).toBeHidden();
  await anonymous.close();

  // As an outside verifier: fetch the compact JWS and the published key set over HTTP.
  const anonymousRequest = await playwright.request.newContext();
  const jwt = await (await page.request.get(`${href}/credential.jwt`)).text();
  const { payload, protectedHeader } = await jwtVerify(jwt, createRemoteJWKSet(new URL('/.well-known/jwks.json', baseURL)), { algorithms: ['EdDSA'] });
  expect(protectedHeader.kid).toBeTruthy();
  expect(payload['type']).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
  expect(payload.jti).toBe(new URL(href, baseURL).toString());
  // The issuer id resolves, without a session, to the issuer's Open Badges 3.0 profile with that same id.
  const issuer = payload['issuer'] as { id: string; name: string };
  expect(payload.iss).toBe(issuer.id);
  const profile = await anonymousRequest.get(issuer.id);
  expect(profile.status()).toBe(200);
  expect(profile.headers()['content-type']).toContain('json');
  expect(await profile.json()).toEqual({
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: issuer.id,
    type: ['Profile'],
    name: issuer.name,
    url: new URL(baseURL!).origin,
  });
  const status = await (await page.request.get(`${href}/status.json`)).json() as { revoked: boolean };
  expect(status.revoked).toBe(false);
  await anonymousRequest.dispose();
});

test('an unknown certificate id answers 404 on every route', async ({ request }) => {
  for (const path of ['/verify/AAAAAAAAAAAAAAAAAAAAAA', '/verify/nope', '/en/verify/AAAAAAAAAAAAAAAAAAAAAA', '/verify/AAAAAAAAAAAAAAAAAAAAAA/credential.jwt', '/verify/AAAAAAAAAAAAAAAAAAAAAA/status.json']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('a learner cannot revoke; an instructor of another institution cannot; an admin revokes once, with a reason', async ({ page, browser }) => {
  const href = await demoCertificateHref(page);
  const id = href.split('/').pop()!;
  const revoke = (p: import('@playwright/test').Page) =>
    p.request.post(`/_actions/certificates.revoke`, { form: { certificateId: id, reason: '测试撤销 e2e' }, headers: { origin: new URL(p.url()).origin } });
  expect((await revoke(page)).status()).toBe(403);

  const instructorCtx = await browser.newContext();
  const instructor = await instructorCtx.newPage();
  await signIn(instructor, DEMO.instructor);
  await instructor.goto(href);
  await expect(instructor.getByRole('button', { name: '撤销此证书' })).toHaveCount(0);
  expect((await revoke(instructor)).status()).toBe(403);
  await instructorCtx.close();

  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await signIn(admin, DEMO.admin);
  await admin.goto(href);
  await admin.getByLabel('撤销原因').fill('演示撤销：信息有误');
  await admin.getByRole('button', { name: '撤销此证书' }).click();
  await expect(admin.locator('.verify-status')).toContainText('演示撤销：信息有误');
  await expect(admin.getByRole('button', { name: '撤销此证书' })).toHaveCount(0);
  expect((await revoke(admin)).status()).toBe(409);
  await adminCtx.close();
  const status = await (await page.request.get(`${href}/status.json`)).json() as { revoked: boolean; reason: string };
  expect(status).toMatchObject({ revoked: true, reason: '演示撤销：信息有误' });
});
