import { describe, expect, it } from 'vitest';
import { ACTION_PERMISSIONS, actionNameOf, authorizePath, can, mayCallAction, navigationFor, type Principal } from '#lib/auth/permissions.ts';
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
    ['/training-orders/mine', 'learner'],
  ] as const)('%s is open to %s only', (path, owner) => {
    for (const role of ROLES) {
      expect(authorizePath(path, active(role))).toBe(role === owner ? 'allowed' : 'forbidden');
      expect(authorizePath(`${path}/sub/page`, active(role))).toBe(role === owner ? 'allowed' : 'forbidden');
    }
  });

  describe.each([
    ['/sandbox/scenarios', ['learner', 'instructor', 'government']],
    ['/sandbox/scenarios/import-tax-total', ['learner', 'instructor', 'government']],
    ['/sandbox/editor-preview', ['learner', 'instructor', 'government']],
    ['/sandbox/stores', ['learner']],
    ['/sandbox/engine-check', ['learner']],
    ['/sandbox/orders/abc', ['learner']],
    ['/talent', ['government', 'admin']],
    ['/incubation', ['learner']],
    ['/talent/supply-demand.csv', ['government', 'admin']],
  ] as const)('%s', (path, allowed) => {
    it.each(ROLES)('for %s', (role) => {
      expect(authorizePath(path, active(role))).toBe((allowed as readonly Role[]).includes(role) ? 'allowed' : 'forbidden');
      expect(authorizePath(path, null)).toBe('sign-in');
    });
  });

  it.each(ROLES)('scenarios and the editor preview: %s', (role) => {
    const practises = role === 'learner' || role === 'instructor' || role === 'government';
    expect(can(active(role), 'sandbox:scenarios')).toBe(practises);
    expect(can(active(role), 'sandbox:editor-preview')).toBe(practises);
    expect(can(active(role), 'sandbox:use')).toBe(role === 'learner');
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

  it('learners, enterprise staff and government staff study lessons; instructors and admins read them', () => {
    for (const role of ROLES) {
      const studies = role === 'learner' || role === 'enterprise' || role === 'government';
      expect(can(active(role), 'course:take-quiz'), role).toBe(studies);
      expect(mayCallAction(active(role), 'lessons.submitQuiz'), role).toBe(studies);
      expect(mayCallAction(active(role), 'lessons.completeLesson'), role).toBe(studies);
    }
    expect(mayCallAction(null, 'lessons.submitQuiz')).toBe(false);
    expect(mayCallAction({ role: 'enterprise', status: 'pending' }, 'lessons.submitQuiz')).toBe(false);
  });

  it('actions are judged by their row; an action without a row is unknown', () => {
    expect(mayCallAction(null, 'auth.signIn')).toBe(true);
    expect(mayCallAction(null, 'auth.signOutEverywhere')).toBe(false);
    expect(mayCallAction(active('admin'), 'auth.signOutEverywhere')).toBe(true);
    expect(mayCallAction(active('learner'), 'admin.issueInvite')).toBe(false);
    expect(mayCallAction(active('admin'), 'nothing.here')).toBeUndefined();
    expect(mayCallAction(active('admin'), 'toString')).toBeUndefined();
    expect(Object.keys(ACTION_PERMISSIONS).every((k) => /^[a-z]+\.[a-zA-Z]+$/.test(k))).toBe(true);
  });

  it('finds the action a request calls', () => {
    expect(actionNameOf(new URL('http://x/_actions/lessons.submitQuiz'))).toBe('lessons.submitQuiz');
    expect(actionNameOf(new URL('http://x/en/courses/a/01-b/result?_action=lessons.submitQuiz'))).toBe('lessons.submitQuiz');
    expect(actionNameOf(new URL('http://x/courses'))).toBeNull();
  });

  it('a disabled account can do nothing', () => {
    for (const role of ROLES) expect(can({ role, status: 'disabled' }, 'account:manage')).toBe(false);
  });

  it('admins approve enterprises; nobody else does', () => {
    for (const role of ROLES) expect(can(active(role), 'admin:approve-enterprises')).toBe(role === 'admin');
  });

  it('admins and instructors may revoke certificates (the institution check is the domain’s); nobody else', () => {
    for (const role of ROLES) expect(can(active(role), 'certificate:revoke')).toBe(role === 'admin' || role === 'instructor');
  });

  it('navigation shows only the role’s own desk', () => {
    expect(navigationFor(null).map((n) => n.path)).toEqual(['/courses']);
    expect(navigationFor(active('government')).map((n) => n.path)).toEqual(['/gov', '/courses', '/sandbox/scenarios', '/regulator', '/talent', '/account']);
    expect(navigationFor(active('instructor')).map((n) => n.path)).toEqual(['/instructor', '/courses', '/sandbox/scenarios', '/regulator', '/account']);
    expect(navigationFor(active('admin')).map((n) => n.path)).toEqual(['/admin', '/courses', '/talent', '/account']);
    expect(navigationFor(active('learner')).map((n) => n.path)).toEqual(['/learn', '/courses', '/sandbox', '/training-orders', '/incubation', '/account']);
    expect(navigationFor(active('enterprise')).map((n) => n.path)).toEqual(['/enterprise', '/courses', '/account']);
  });
});
