import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MESSAGE_KINDS,
  exampleMessage,
  messageFromJson,
  messageToJson,
  parseMessage,
  serializeMessage,
} from '#sandbox/messages/index.ts';
import { checkFormat } from '#sandbox/rules/format.ts';
import { messageArbitrary } from './arbitraries.ts';

const MAIN_KINDS = ['CEB311', 'CEB621', 'CEB303', 'CEB603'] as const;

describe('serialize ∘ parse is the identity on typed messages', () => {
  for (const kind of MAIN_KINDS) {
    it(`${kind} (fast-check)`, () => {
      fc.assert(
        fc.property(messageArbitrary(kind), (msg) => {
          const xml = serializeMessage(msg);
          const r = parseMessage(xml);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.findings).toEqual([]);
          expect(r.parsed.message).toEqual(msg);
          // The generated messages are valid, so the format check must find nothing.
          expect(checkFormat(r.parsed).filter((f) => f.severity === 'error')).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('every other kind (fast-check)', () => {
    for (const kind of MESSAGE_KINDS) {
      fc.assert(
        fc.property(messageArbitrary(kind), (msg) => {
          const r = parseMessage(serializeMessage(msg));
          expect(r.ok && r.parsed.message).toEqual(msg);
          if (r.ok) expect(checkFormat(r.parsed).filter((f) => f.severity === 'error')).toEqual([]);
        }),
        { numRuns: 15 },
      );
    }
  });

  it('JSON in/out is the identity too (fast-check)', () => {
    for (const kind of MAIN_KINDS) {
      fc.assert(
        fc.property(messageArbitrary(kind), (msg) => {
          const r = messageFromJson(messageToJson(msg));
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.findings).toEqual([]);
          expect(r.parsed.message).toEqual(msg);
          expect(r.parsed.positions).toEqual({});
        }),
        { numRuns: 60 },
      );
    }
  });

  it('examples survive both round trips', () => {
    for (const kind of MESSAGE_KINDS) {
      const msg = exampleMessage(kind);
      expect(msg.kind).toBe(kind);
      const r = parseMessage(serializeMessage(msg));
      expect(r.ok && r.parsed.message).toEqual(msg);
      const j = messageFromJson(JSON.parse(JSON.stringify(msg)));
      expect(j.ok && j.parsed.message).toEqual(msg);
    }
  });
});
