/**
 * Every certificate as an Open Badges 3.0 credential (W3C VC Data Model 2.0, type
 * `OpenBadgeCredential`) in the OB 3.0 VC-JWT form: the credential JSON is the JWT payload, with
 * the registered claims OB 3.0 §8.2 maps (`iss` = issuer.id, `jti` = id, `sub` =
 * credentialSubject.id, `nbf` = validFrom), signed EdDSA (Ed25519) with the platform key whose
 * `kid` `/.well-known/jwks.json` publishes; the issuer id resolves to the issuer's profile (`/issuer`).
 * Keys live in the database: the server creates one at start; `rotateSigningKey` retires it (still published, so old credentials keep verifying).
 * Revocation shows through `credentialStatus` (type `1EdTechRevocationList`), which resolves to
 * `/verify/<id>/status.json` on this site. Decision record: docs/decisions/0005-credentials.md.
 */
import { desc, isNull } from 'drizzle-orm';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { Db } from '../db/client.ts';
import { credentialKeys } from '../db/schema-certificates.ts';
import type { SkillId } from '../content/skills.ts';
import type { PublicCertificate } from './certificates.ts';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const ALG = 'EdDSA';

/** The texts of a credential, in the language the caller chose (pages take them from the dictionaries). */
export interface CredentialTexts {
  issuerName: string;
  courseName: string;
  courseDescription: string;
  criteria: string;
  skillName: (skill: SkillId) => string;
  /** One line explaining the skill's level, e.g. "3/4 lessons, quiz 85%, 2 scenarios". */
  explain: (skill: PublicCertificate['skills'][number]) => string;
}

export interface CredentialUrls {
  /** The site's origin, e.g. `https://academy.example.cn`. */
  origin: string;
}

export const verifyUrl = (origin: string, id: string): string => `${origin}/verify/${id}`;
/** The issuer's id, which resolves to its profile (`/issuer`, issuerProfile). */
export const issuerId = (origin: string): string => `${origin}/issuer`;

/** The issuer as a credential names it: an OB 3.0 `Profile`. */
function issuer(name: string, urls: CredentialUrls): Record<string, unknown> {
  return { id: issuerId(urls.origin), type: ['Profile'], name, url: urls.origin };
}

/** The issuer's profile document that its id resolves to: the same Profile, with the contexts that define its terms. */
export function issuerProfile(name: string, urls: CredentialUrls): Record<string, unknown> {
  return { '@context': [VC_CONTEXT, OB_CONTEXT], ...issuer(name, urls) };
}

/** The unsigned OpenBadgeCredential of a certificate. */
export function buildCredential(cert: PublicCertificate, texts: CredentialTexts, urls: CredentialUrls): Record<string, unknown> {
  const id = verifyUrl(urls.origin, cert.id);
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: texts.courseName,
    issuer: issuer(texts.issuerName, urls),
    validFrom: cert.issuedAt.toISOString(),
    credentialSubject: {
      id: `${id}#holder`,
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: cert.holderName }],
      achievement: {
        id: `${urls.origin}/courses/${cert.courseId}#achievement`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: texts.courseName,
        description: texts.courseDescription,
        criteria: { id: `${urls.origin}/courses/${cert.courseId}`, narrative: texts.criteria },
      },
    },
    evidence: cert.skills.map((s) => ({ type: ['Evidence'], id: `${id}#skill-${s.skill}`, name: `${texts.skillName(s.skill)}: ${s.level}/100`, description: texts.explain(s) })),
    credentialStatus: { id: `${id}/status.json`, type: '1EdTechRevocationList' },
  };
}

interface StoredKey {
  kid: string;
  privateJwk: JWK;
}

async function createKey(db: Pick<Db, 'insert'>, now: Date): Promise<StoredKey> {
  const { publicKey, privateKey } = await generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const privateJwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  await db.insert(credentialKeys).values({ kid, publicJwk: JSON.stringify(publicJwk), privateJwk: JSON.stringify(privateJwk), createdAt: now });
  return { kid, privateJwk };
}

async function currentKey(db: Pick<Db, 'select'>): Promise<StoredKey | undefined> {
  const row = (await db.select().from(credentialKeys).where(isNull(credentialKeys.retiredAt)).orderBy(desc(credentialKeys.createdAt)).limit(1))[0];
  return row ? { kid: row.kid, privateJwk: JSON.parse(row.privateJwk) as JWK } : undefined;
}

/**
 * Creates the signing key when there is none; the server calls it at start (src/server/db.ts), so the first
 * certificate is not the one that waits for a key. In a write transaction: processes starting together make one key.
 * Returns the signing key's kid.
 */
export async function ensureSigningKey(db: Db, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => (await currentKey(tx))?.kid ?? (await createKey(tx, now)).kid);
}

/** The key that signs now (created here only when the server did not make one at start). */
async function signingKey(db: Db, now = new Date()): Promise<StoredKey> {
  return (await currentKey(db)) ?? createKey(db, now);
}

/** Retires the signing key (it stays published) and creates the next. Returns the new kid. */
export async function rotateSigningKey(db: Db, now = new Date()): Promise<string> {
  await db.update(credentialKeys).set({ retiredAt: now }).where(isNull(credentialKeys.retiredAt));
  return (await createKey(db, now)).kid;
}

/** Every key ever used, public parts only: the body of `/.well-known/jwks.json`. */
export async function publishedKeys(db: Db): Promise<{ keys: JWK[] }> {
  await signingKey(db);
  const rows = await db.select({ kid: credentialKeys.kid, publicJwk: credentialKeys.publicJwk }).from(credentialKeys).orderBy(credentialKeys.createdAt);
  return { keys: rows.map((r) => ({ ...(JSON.parse(r.publicJwk) as JWK), kid: r.kid, alg: ALG, use: 'sig' })) };
}

/** The compact JWS of a certificate's credential. */
export async function signCredential(db: Db, cert: PublicCertificate, texts: CredentialTexts, urls: CredentialUrls): Promise<string> {
  const credential = buildCredential(cert, texts, urls);
  const key = await signingKey(db);
  const privateKey = await importJWK(key.privateJwk, ALG);
  const subject = (credential['credentialSubject'] as { id: string }).id;
  return new SignJWT(credential)
    .setProtectedHeader({ alg: ALG, kid: key.kid, typ: 'JWT' })
    .setIssuer(issuerId(urls.origin))
    .setJti(verifyUrl(urls.origin, cert.id))
    .setSubject(subject)
    .setNotBefore(Math.floor(cert.issuedAt.getTime() / 1000))
    .setIssuedAt(Math.floor(cert.issuedAt.getTime() / 1000))
    .sign(privateKey);
}
