import { describe, expect, it } from 'vitest';
import { safeNext } from '#lib/auth/safe-redirect.ts';

const HOME = '/learn';

describe('sign-in redirect target', () => {
  it.each([
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/\t\t/evil.example/path',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'evil.example',
    '/courses\nSet-Cookie: x=1',
    '/ok\u0000',
    '/x\u007f',
    '',
  ])('refuses %j and falls back to the home page', (next) => {
    expect(safeNext(next, HOME)).toBe(HOME);
  });

  it('what is accepted resolves to this origin in a browser-like parser, too', () => {
    for (const next of ['/\t/evil.example', '/%09/evil.example', '/./evil', '/courses/../admin']) {
      const out = safeNext(next, HOME);
      expect(new URL(out, 'https://academy.example').host).toBe('academy.example');
    }
  });

  it('keeps a same-site path with its query', () => {
    expect(safeNext('/courses/cbec-basics/01-intro?x=1#q', HOME)).toBe('/courses/cbec-basics/01-intro?x=1#q');
    expect(safeNext('/en/sandbox', HOME)).toBe('/en/sandbox');
    expect(safeNext(null, HOME)).toBe(HOME);
    expect(safeNext(undefined, HOME)).toBe(HOME);
  });
});
