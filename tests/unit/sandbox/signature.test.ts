import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageFromJson, messageToJson, parseMessage, serializeMessage } from '#sandbox/messages/index.ts';
import type { Ceb311Message } from '#sandbox/messages/types.ts';
import { hmacSha256, sha256, toHex, utf8 } from '#sandbox/rules/sha256.ts';
import { canonicalText, signMessage, verifySignature } from '#sandbox/rules/signature.ts';
import { ex } from './helpers.ts';

describe('pure-TS SHA-256 and HMAC agree with node:crypto', () => {
  it.each(['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), '跨境电商'.repeat(50)])('%#', (s) => {
    expect(toHex(sha256(utf8(s)))).toBe(createHash('sha256').update(s).digest('hex'));
    expect(toHex(hmacSha256(utf8('k'.repeat(70)), utf8(s)))).toBe(createHmac('sha256', 'k'.repeat(70)).update(s).digest('hex'));
  });
  it('on random input', () => {
    fc.assert(fc.property(fc.string(), fc.string({ minLength: 1 }), (s, k) => {
      expect(toHex(hmacSha256(utf8(k), utf8(s)))).toBe(createHmac('sha256', Buffer.from(utf8(k))).update(Buffer.from(utf8(s))).digest('hex'));
    }), { numRuns: 200 });
  });
});

describe('training signature', () => {
  const msg = ex('CEB311') as unknown as Ceb311Message;
  const signed = signMessage(msg, 'learner-42', 'learner-42');
  it('verifies with the same key', () => {
    expect(verifySignature(signed, 'learner-42')).toEqual({ ok: true });
  });
  it('fails with another key', () => {
    expect(verifySignature(signed, 'learner-43')).toEqual({ ok: false, reason: 'value' });
  });
  it('detects an edit after signing', () => {
    const edited = structuredClone(signed);
    edited.Order[0]!.OrderHead.buyerName = '王莉';
    expect(verifySignature(edited, 'learner-42')).toEqual({ ok: false, reason: 'digest' });
  });
  it('rejects the e-port SM2 signature of the example as another algorithm', () => {
    expect(verifySignature(msg, 'learner-42')).toEqual({ ok: false, reason: 'algorithm' });
  });
  it('survives XML and JSON round trips (canonical form)', () => {
    const viaXml = parseMessage(serializeMessage(signed));
    expect(viaXml.ok && verifySignature(viaXml.parsed.message, 'learner-42').ok).toBe(true);
    const viaJson = messageFromJson(messageToJson(signed));
    expect(viaJson.ok && verifySignature(viaJson.parsed.message, 'learner-42').ok).toBe(true);
  });
  it('is deterministic and ignores the Signature itself', () => {
    expect(canonicalText(signed)).toBe(canonicalText(msg));
    expect(signMessage(msg, 'learner-42')).toEqual(signMessage(msg, 'learner-42'));
  });
});
