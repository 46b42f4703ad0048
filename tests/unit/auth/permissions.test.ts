import { describe, expect, it } from 'vitest';
import { authorizePath, can, navigationFor, type Principal } from '#lib/auth/permissions.ts';
import { ROLES, type Role } from '#lib/db/schema-auth.ts';

const active = (role: Role): Principal => ({ role, status: 'active' });

describe('permissions', () => {
  it.each([
    ['/sandbox', 'learner'],
    ['/learn', 'learner'],
    ['/enterprise', 'enterprise'],
    ['/instructor', 'instructor'],
    ['/gov', 'government'],
    ['/admin', 'admin'],
    ['/orders/mine', 'learner'],
  ] as const)('%s is open to %s only', (path, owner) => {
    for (const role of ROLES) {
      expect(authorizePath(path, active(role))).toBe(role === owner ? 'allowed' : 'forbidden');
      expect(authorizePath(`${path}/sub/page`, active(role))).toBe(role === owner ? 'allowed' : 'forbidden');
    }
  });

  it('anonymous users are sent to sign in for protected pages, and pass on public ones', () => {
    expect(authorizePath('/admin', null)).toBe('sign-in');
    expect(authorizePath('/account', null)).toBe('sign-in');
    expect(authorizePath('/courses', null)).toBe('public');
    expect(authorizePath('/', null)).toBe('public');
    expect(authorizePath('/administrator-guide', active('learner'))).toBe('public');
  });

  it('a pending enterprise sees its own desk but cannot manage orders', () => {
    const pending: Principal = { role: 'enterprise', status: 'pending' };
    expect(can(pending, 'enterprise:home')).toBe(true);
    expect(can(pending, 'enterprise:manage-orders')).toBe(false);
    expect(can(active('enterprise'), 'enterprise:manage-orders')).toBe(true);
  });

  it('a disabled account can do nothing', () => {
    for (const role of ROLES) expect(can({ role, status: 'disabled' }, 'account:manage')).toBe(false);
  });

  it('admins approve enterprises; nobody else does', () => {
    for (const role of ROLES) expect(can(active(role), 'admin:approve-enterprises')).toBe(role === 'admin');
  });

  it('navigation shows only the role’s own desk', () => {
    expect(navigationFor(null).map((n) => n.path)).toEqual(['/courses']);
    expect(navigationFor(active('government')).map((n) => n.path)).toEqual(['/gov', '/courses', '/regulator', '/account']);
    expect(navigationFor(active('learner')).map((n) => n.path)).toEqual(['/learn', '/courses', '/sandbox', '/account']);
    expect(navigationFor(active('enterprise')).map((n) => n.path)).toEqual(['/enterprise', '/courses', '/account']);
  });
});
