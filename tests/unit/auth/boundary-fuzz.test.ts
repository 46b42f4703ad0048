/**
 * Generated inputs (fast-check) at the sign-in boundary: whatever `next` holds, the redirect stays on
 * this origin and is a valid header value; whatever X-Forwarded-For holds, the address is the peer
 * or a plain IP written by a trusted proxy. 20,000 inputs each.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeNext } from '#lib/auth/safe-redirect.ts';
import { clientAddress, trustedProxies } from '#lib/auth/client-address.ts';

const tricky = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('/', '\\', '\t', '\n', '\r', '.', '%', '0', '9', 'a', ':', '@', '?', '#', ' ', '\u0000', '\u202e', '\ud800'), maxLength: 30 }),
  fc.webUrl(),
  fc.webPath(),
);

describe('boundary fuzzing', () => {
  it('safeNext: the result is the fallback or a path that stays on this origin, free of control characters', () => {
    fc.assert(
      fc.property(tricky, (next) => {
        const out = safeNext(next, '/learn');
        // eslint-disable-next-line no-control-regex
        expect(out).not.toMatch(/[\u0000-\u001f\u007f]/);
        expect(new URL(out, 'https://academy.example').origin).toBe('https://academy.example');
        expect(out.startsWith('/') && !out.startsWith('//')).toBe(true);
        // A Location header can carry it.
        expect(() => new Headers({ location: out })).not.toThrow();
      }),
      { numRuns: 20_000 },
    );
  });

  it('clientAddress: the peer, or an address-shaped hop when the peer is a trusted proxy', () => {
    const proxies = trustedProxies({ TRUSTED_PROXY: '10.0.0.1' });
    fc.assert(
      fc.property(fc.oneof(fc.constant('10.0.0.1'), fc.ipV4(), fc.ipV6()), fc.option(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.ipV4()).map((a) => a.join(', '))), { nil: null }), (peer, xff) => {
        const out = clientAddress(peer, xff, proxies);
        if (peer !== '10.0.0.1') expect(out).toBe(peer);
        else expect(out === peer || /^[0-9a-fA-F:.]+$/.test(out)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
