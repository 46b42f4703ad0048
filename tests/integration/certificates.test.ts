import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { eq } from 'drizzle-orm';
import { createTestDatabase, ROOT, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { seedDatabase } from '#lib/seed/seed.ts';
import { recordQuizAttempt } from '#lib/progress/progress.ts';
import { courseRefOf, readCatalogue } from '#lib/progress/catalogue.ts';
import { recordScenarioAttempt } from '#lib/scenarios/grade.ts';
import { CertificateError, findCertificate, listCertificates, revokeCertificate } from '#lib/certificates/certificates.ts';
import { buildCredential, ensureSigningKey, issuerProfile, publishedKeys, rotateSigningKey, signCredential, type CredentialTexts } from '#lib/certificates/credential.ts';
import { auditLog } from '#lib/db/schema-org.ts';
import { users } from '#lib/db/schema-auth.ts';
import { certificates, credentialKeys } from '#lib/db/schema-certificates.ts';

let t: TestDatabase;
let learner: string;
const catalogue = readCatalogue(join(ROOT, 'content'));
const course = catalogue.course.get('customs-clearance')!;
const ref = courseRefOf(course);
const pass = { correct: 3, total: 3, score: 100, passed: true, feedback: [] };
const texts: CredentialTexts = { issuerName: 'Academy', courseName: 'Course', courseDescription: 'About', criteria: 'All lessons', skillName: (s) => s, explain: (s) => `${s.evidence.lessonsCompleted}/${s.evidence.lessonsTotal}` };
const origin = 'https://academy.example.cn';

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { demo: false });
  learner = (await signUp(t.db, { role: 'learner', email: 'cert@example.cn', password: 'a-long-password', displayName: '王小明' })).id;
  for (const lessonId of ref.lessonIds) await recordQuizAttempt(t.db, { userId: learner, course: ref, lessonId, answers: {}, grade: pass });
  for (const id of ref.requiredScenarios!) {
    await recordScenarioAttempt(t.db, { userId: learner, scenario: { id, lesson: catalogue.scenarioLesson.get(id)!.id }, grade: { passed: true, errorCodes: [] }, course: ref });
  }
});
afterAll(() => t.cleanup());

async function instructor(email: string, institutionId: string) {
  const u = await signUp(t.db, { role: 'learner', email, password: 'a-long-password', displayName: email });
  await t.db.update(users).set({ role: 'instructor', institutionId }).where(eq(users.id, u.id));
  return u;
}

async function verifyAsOutsider(jwt: string) {
  // What an outside verifier does: fetch the key set as JSON, pick by kid, verify EdDSA.
  const jwks = JSON.parse(JSON.stringify(await publishedKeys(t.db))) as Parameters<typeof createLocalJWKSet>[0];
  return jwtVerify(jwt, createLocalJWKSet(jwks), { algorithms: ['EdDSA'] });
}

describe('certificates', () => {
  it('are issued once, by the completion path, with an unguessable id and the skill evidence', async () => {
    const list = await listCertificates(t.db, learner);
    expect(list).toHaveLength(1);
    const cert = list[0]!;
    expect(cert.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(cert).toMatchObject({ courseId: 'customs-clearance', institutionId: 'lnpu', holderName: '王小明', revoked: null });
    expect(cert.skills.map((s) => s.skill)).toContain('three-doc-match');
    expect(await findCertificate(t.db, 'A'.repeat(22))).toBeUndefined();
    expect(await findCertificate(t.db, '../../etc')).toBeUndefined();
  });

  it('verify as Open Badges 3.0 VC-JWTs against the published key set; a changed payload fails', async () => {
    const cert = (await listCertificates(t.db, learner))[0]!;
    const jwt = await signCredential(t.db, cert, texts, { origin });
    const { payload, protectedHeader } = await verifyAsOutsider(jwt);
    expect(protectedHeader.alg).toBe('EdDSA');
    expect((await publishedKeys(t.db)).keys.map((k) => k.kid)).toContain(protectedHeader.kid);
    expect(payload['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(payload['type']).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(payload.iss).toBe(`${origin}/issuer`);
    expect(payload.jti).toBe(`${origin}/verify/${cert.id}`);
    expect(payload['validFrom']).toBe(cert.issuedAt.toISOString());
    const subject = payload['credentialSubject'] as { achievement: { name: string; criteria: { narrative: string } } };
    expect(subject.achievement).toMatchObject({ name: 'Course', description: 'About', criteria: { narrative: 'All lessons' } });
    expect((payload['evidence'] as unknown[]).length).toBe(cert.skills.length);
    expect(payload['credentialStatus']).toEqual({ id: `${origin}/verify/${cert.id}/status.json`, type: '1EdTechRevocationList' });

    const [h, p, s] = jwt.split('.');
    const forged = JSON.parse(Buffer.from(p!, 'base64url').toString('utf8')) as Record<string, unknown>;
    forged['name'] = 'Something else';
    const tampered = `${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${s}`;
    await expect(verifyAsOutsider(tampered)).rejects.toThrow();
  });

  it('keeps old keys published after rotation, so earlier credentials still verify', async () => {
    const cert = (await listCertificates(t.db, learner))[0]!;
    const before = await signCredential(t.db, cert, texts, { origin });
    const kid = await rotateSigningKey(t.db);
    const after = await signCredential(t.db, cert, texts, { origin });
    expect(decodeProtectedHeader(after).kid).toBe(kid);
    expect(decodeProtectedHeader(before).kid).not.toBe(kid);
    await verifyAsOutsider(before);
    await verifyAsOutsider(after);
  });

  it('only an admin or an instructor of the issuing institution revokes, once, with a reason, audit-logged', async () => {
    const cert = (await listCertificates(t.db, learner))[0]!;
    const outsider = await instructor('i2@example.cn', 'fvtc');
    const own = await instructor('i1@example.cn', 'lnpu');
    const attempt = (actor: { id: string; role: 'instructor' | 'learner'; institutionId: string | null }, reason = '学术不端 misconduct') =>
      revokeCertificate(t.db, { certificateId: cert.id, actor, reason });
    await expect(attempt({ id: outsider.id, role: 'instructor', institutionId: 'fvtc' })).rejects.toThrow(CertificateError);
    await expect(attempt({ id: learner, role: 'learner', institutionId: 'lnpu' })).rejects.toThrow(CertificateError);
    await expect(attempt({ id: own.id, role: 'instructor', institutionId: 'lnpu' }, ' ')).rejects.toThrow(CertificateError);
    expect((await findCertificate(t.db, cert.id))?.revoked).toBeNull();
    await attempt({ id: own.id, role: 'instructor', institutionId: 'lnpu' });
    const revoked = await findCertificate(t.db, cert.id);
    expect(revoked?.revoked?.reason).toBe('学术不端 misconduct');
    await expect(attempt({ id: own.id, role: 'instructor', institutionId: 'lnpu' }, 'second reason')).rejects.toMatchObject({ code: 'CERTIFICATE_ALREADY_REVOKED' });
    expect((await findCertificate(t.db, cert.id))?.revoked?.reason).toBe('学术不端 misconduct');
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'certificate.revoke'));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: own.id, target: cert.id });
    expect((await t.db.select().from(certificates)).length).toBe(1);
  });
});

describe('the issuer and the signing key', () => {
  it('the credential names the issuer by the id whose profile is the same Profile, with the OB 3.0 contexts', async () => {
    const cert = (await listCertificates(t.db, learner))[0]!;
    const credential = buildCredential(cert, texts, { origin });
    const profile = issuerProfile(texts.issuerName, { origin });
    expect(profile).toEqual({ '@context': credential['@context'], ...(credential['issuer'] as object) });
    expect(profile).toMatchObject({ id: `${origin}/issuer`, type: ['Profile'], name: 'Academy', url: origin });
  });

  it('ensureSigningKey makes one key, even when processes start together, and then keeps it', async () => {
    const fresh = await createTestDatabase();
    try {
      const [a, b] = await Promise.all([ensureSigningKey(fresh.db), ensureSigningKey(fresh.db)]);
      expect(a).toBe(b);
      expect(await ensureSigningKey(fresh.db)).toBe(a);
      expect(await fresh.db.select({ kid: credentialKeys.kid }).from(credentialKeys)).toEqual([{ kid: a }]);
    } finally {
      fresh.cleanup();
    }
  });
});
