import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, securityHeaders, servedSecurely } from '#server/security-headers.ts';

describe('security headers', () => {
  it('forbid framing, sniffing and plugins on any path', () => {
    for (const path of ['/', '/courses/x/01-y', '/_astro/a.js', '/api/me']) {
      const h = securityHeaders(path, { secure: false });
      expect(h['Content-Security-Policy']).toContain("frame-ancestors 'none'");
      expect(h['Content-Security-Policy']).toContain("object-src 'none'");
      expect(h['X-Frame-Options']).toBe('DENY');
      expect(h['X-Content-Type-Options']).toBe('nosniff');
      expect(h['Referrer-Policy']).toBeTruthy();
      expect(h['Permissions-Policy']).toContain('camera=()');
      expect(h['Strict-Transport-Security']).toBeUndefined();
    }
  });

  it('add HSTS only when served over HTTPS', () => {
    expect(securityHeaders('/', { secure: true })['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    expect(servedSecurely({ NODE_ENV: 'production' })).toBe(true);
    expect(servedSecurely({ NODE_ENV: 'production', INSECURE_COOKIES: '1' })).toBe(false);
    expect(servedSecurely({})).toBe(false);
  });

  it('keep a policy Astro already set and add ours beside it', () => {
    const headers = new Headers({ 'Content-Security-Policy': "script-src 'self' 'sha256-abc'" });
    applySecurityHeaders(headers, '/', { secure: false });
    const policies = (headers.get('Content-Security-Policy') ?? '').split(',').map((p) => p.trim());
    expect(policies).toHaveLength(2);
    expect(policies[0]).toContain("'sha256-abc'");
    expect(policies[1]).toContain("frame-ancestors 'none'");
  });
});
