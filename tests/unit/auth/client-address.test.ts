import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from '#lib/auth/client-address.ts';

describe('client address', () => {
  const proxies = trustedProxies({ TRUSTED_PROXY: '10.0.0.1, ::1' });

  it('ignores X-Forwarded-For from anyone but a configured proxy', () => {
    expect(clientAddress('203.0.113.9', '1.2.3.4', proxies)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.1', '1.2.3.4', trustedProxies({}))).toBe('10.0.0.1');
  });

  it('takes the right-most hop that is not a trusted proxy (a client cannot prepend its own)', () => {
    expect(clientAddress('10.0.0.1', '6.6.6.6, 198.51.100.7', proxies)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:10.0.0.1', '198.51.100.7, 10.0.0.1', proxies)).toBe('198.51.100.7');
    expect(clientAddress('::1', '2001:db8::5', proxies)).toBe('2001:db8::5');
  });

  it('falls back to the peer when the header is missing or not an address', () => {
    expect(clientAddress('10.0.0.1', null, proxies)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', 'evil<script>', proxies)).toBe('10.0.0.1');
  });
});
