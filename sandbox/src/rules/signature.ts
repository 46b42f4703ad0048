/**
 * Training signature: a deterministic, pure-JS stand-in for the real e-port signature.
 *
 * The real unified system signs with the enterprise's 电子口岸 IC card or key (SM2 / XMLDSig;
 * the details are unverified, U). The workbench instead signs with a per-learner training key:
 *
 * 1. canonical text = the message with its `Signature` removed, written as canonical JSON
 *    (object keys sorted, no white space, absent properties left out) — so reformatting the XML,
 *    switching between XML and JSON, or reordering keys does not change it;
 * 2. `DigestValue` = base64(SHA-256(canonical text as UTF-8));
 * 3. `SignatureValue` = base64(HMAC-SHA256(training key, the 32 digest bytes));
 * 4. `KeyInfo/KeyName` = the key's name (e.g. the learner id); the algorithms are named by the
 *    URNs below so a real XMLDSig signature is recognised as "not the training scheme".
 *
 * It proves only that someone holding the training key signed this content. It is NOT a
 * substitute for SM2 or XMLDSig, and the key is a shared secret, not a certificate.
 */
import type { CebMessage } from '../messages/types.ts';
import type { DsSignature } from '../messages/base.ts';
import { ByteWriter, hmacSha256, toBase64, utf8 } from './sha256.ts';

export const TRAINING_SIGNATURE_METHOD = 'urn:fushun-cbec-academy:training-signature:hmac-sha256';
export const TRAINING_C14N_METHOD = 'urn:fushun-cbec-academy:training-signature:canonical-json';
export const SHA256_DIGEST_METHOD = 'http://www.w3.org/2001/04/xmlenc#sha256';

/** The messages that carry a signature (enterprise declarations). */
export type SignableMessage = Extract<CebMessage, { BaseTransfer: unknown }>;

/** Whether a message kind can carry a signature. */
export function isSignable(msg: CebMessage): msg is SignableMessage {
  return 'BaseTransfer' in msg;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON must escape
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u2028\u2029]/;
const KEY_ORDER = new Map<string, string[]>();

function quote(v: string): string {
  return NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : `"${v}"`;
}

function sortedKeys(obj: Record<string, unknown>): string[] {
  const keys = Object.keys(obj);
  const id = keys.join('\u0001');
  let sorted = KEY_ORDER.get(id);
  if (sorted === undefined) {
    sorted = [...keys].sort();
    if (KEY_ORDER.size < 10_000) KEY_ORDER.set(id, sorted);
  }
  return sorted;
}

function canon(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canon(value[i]);
    return `${out}]`;
  }
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    let out = '{';
    let first = true;
    for (const k of sortedKeys(obj)) {
      const v = obj[k];
      if (v === undefined) continue;
      out += `${first ? '' : ','}${quote(k)}:${canon(v)}`;
      first = false;
    }
    return `${out}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The canonical text that is signed: the message without its `Signature`. */
export function canonicalText(msg: CebMessage): string {
  const { Signature: _ignored, ...rest } = msg as CebMessage & { Signature?: unknown };
  return canon(rest);
}

// ---------------------------------------------------------------------------
// The digest writes the same canonical text straight into a UTF-8 byte buffer (no intermediate
// string), then hashes it there. It must produce exactly the bytes of `utf8(canonicalText(msg))`.
// ---------------------------------------------------------------------------

const writer = new ByteWriter();
const QUOTE = 0x22;

/** Writes `quote(v)` as UTF-8: the raw string in quotes, or `JSON.stringify` when it needs escapes. */
function writeQuoted(w: ByteWriter, v: string): void {
  const start = w.pos;
  const n = v.length;
  w.ensure(n * 3 + 2);
  const buf = w.buf;
  let pos = start;
  buf[pos++] = QUOTE;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === QUOTE || c === 0x5c) {
        w.pos = start;
        w.str(JSON.stringify(v));
        return;
      }
      buf[pos++] = c;
    } else {
      if (c === 0x2028 || c === 0x2029) {
        w.pos = start;
        w.str(JSON.stringify(v));
        return;
      }
      // not ASCII: finish with the general encoder, after checking the rest for escapes
      if (NEEDS_ESCAPE.test(v)) {
        w.pos = start;
        w.str(JSON.stringify(v));
        return;
      }
      w.pos = pos;
      w.str(i === 0 ? v : v.slice(i));
      w.byte(QUOTE);
      return;
    }
  }
  buf[pos++] = QUOTE;
  w.pos = pos;
}

function writeCanon(w: ByteWriter, value: unknown, skipSignature: boolean): void {
  if (typeof value === 'string') {
    writeQuoted(w, value);
    return;
  }
  if (Array.isArray(value)) {
    w.byte(0x5b); // [
    for (let i = 0; i < value.length; i++) {
      if (i > 0) w.byte(0x2c);
      writeCanon(w, value[i], false);
    }
    w.byte(0x5d); // ]
    return;
  }
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    w.byte(0x7b); // {
    let first = true;
    for (const k of sortedKeys(obj)) {
      if (skipSignature && k === 'Signature') continue;
      const v = obj[k];
      if (v === undefined) continue;
      if (!first) w.byte(0x2c);
      writeQuoted(w, k);
      w.byte(0x3a); // :
      writeCanon(w, v, false);
      first = false;
    }
    w.byte(0x7d); // }
    return;
  }
  w.str(String(JSON.stringify(value ?? null)));
}

function digestOf(msg: CebMessage): Uint8Array {
  const w = writer.reset();
  writeCanon(w, msg, true);
  return w.sha256();
}

/** Builds the training `ds:Signature` for a message. */
export function trainingSignature(msg: CebMessage, key: string, keyName = 'training'): DsSignature {
  const digest = digestOf(msg);
  return {
    SignedInfo: {
      CanonicalizationMethod: { Algorithm: TRAINING_C14N_METHOD },
      SignatureMethod: { Algorithm: TRAINING_SIGNATURE_METHOD },
      Reference: [{ URI: '', DigestMethod: { Algorithm: SHA256_DIGEST_METHOD }, DigestValue: toBase64(digest) }],
    },
    SignatureValue: toBase64(hmacSha256(utf8(key), digest)),
    KeyInfo: { KeyName: keyName },
  };
}

/** A copy of the message signed with the training key. */
export function signMessage<M extends SignableMessage>(msg: M, key: string, keyName = 'training'): M {
  return { ...msg, Signature: trainingSignature(msg, key, keyName) };
}

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'algorithm' | 'digest' | 'value' };

const WS = /\s+/g;

/** Verifies a training signature with the key. */
export function verifySignature(msg: CebMessage, key: string): SignatureCheck {
  const sig = (msg as { Signature?: DsSignature }).Signature;
  if (sig === undefined || sig.SignatureValue.replace(WS, '') === '') return { ok: false, reason: 'missing' };
  const ref = sig.SignedInfo.Reference[0];
  if (sig.SignedInfo.SignatureMethod.Algorithm !== TRAINING_SIGNATURE_METHOD || ref === undefined) {
    return { ok: false, reason: 'algorithm' };
  }
  const digest = digestOf(msg);
  if (ref.DigestValue.replace(WS, '') !== toBase64(digest)) return { ok: false, reason: 'digest' };
  if (sig.SignatureValue.replace(WS, '') !== toBase64(hmacSha256(utf8(key), digest))) return { ok: false, reason: 'value' };
  return { ok: true };
}
