/**
 * The one place that decides who may do what. Pages, actions and the
 * middleware ask `can()` or `authorizePath()`; nothing else checks roles.
 */
import type { Role, UserStatus } from '../db/schema-auth.ts';

export type Permission =
  | 'course:enrol'
  | 'course:take-quiz'
  | 'learner:home'
  | 'enterprise:home'
  | 'enterprise:manage-orders'
  | 'instructor:home'
  | 'gov:home'
  | 'gov:view-statistics'
  | 'admin:home'
  | 'admin:approve-enterprises'
  | 'admin:issue-invites'
  | 'admin:view-audit'
  | 'account:manage'
  | 'sandbox:use'
  | 'regulator:review'
  | 'orders:apply';

const GRANTS: Record<Role, readonly Permission[]> = {
  learner: ['course:enrol', 'course:take-quiz', 'learner:home', 'account:manage', 'sandbox:use', 'orders:apply'],
  enterprise: ['enterprise:home', 'enterprise:manage-orders', 'account:manage'],
  instructor: ['instructor:home', 'account:manage', 'regulator:review'],
  government: ['gov:home', 'gov:view-statistics', 'course:enrol', 'course:take-quiz', 'account:manage', 'regulator:review'],
  admin: ['admin:home', 'admin:approve-enterprises', 'admin:issue-invites', 'admin:view-audit', 'gov:view-statistics', 'account:manage'],
};

export interface Principal {
  role: Role;
  status: UserStatus;
}

/** Permissions that a pending enterprise already has (it can see its own status). */
const PENDING_GRANTS: readonly Permission[] = ['enterprise:home', 'account:manage'];

export function can(principal: Principal | null | undefined, permission: Permission): boolean {
  if (!principal || principal.status === 'disabled') return false;
  if (principal.status === 'pending') return PENDING_GRANTS.includes(permission);
  return GRANTS[principal.role].includes(permission);
}

/** Path prefixes (without the `/en` locale prefix) and the permission each needs. */
export const PROTECTED_PATHS: readonly { prefix: string; permission: Permission }[] = [
  { prefix: '/learn', permission: 'learner:home' },
  { prefix: '/enterprise', permission: 'enterprise:home' },
  { prefix: '/instructor', permission: 'instructor:home' },
  { prefix: '/gov', permission: 'gov:home' },
  { prefix: '/admin', permission: 'admin:home' },
  { prefix: '/account', permission: 'account:manage' },
  { prefix: '/sandbox', permission: 'sandbox:use' },
  { prefix: '/regulator', permission: 'regulator:review' },
  { prefix: '/orders/mine', permission: 'orders:apply' },
];

export type PathDecision = 'public' | 'allowed' | 'sign-in' | 'forbidden';

function matches(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** Decides a request for a path (locale prefix already removed). */
export function authorizePath(path: string, principal: Principal | null): PathDecision {
  const rule = PROTECTED_PATHS.find((r) => matches(path, r.prefix));
  if (!rule) return 'public';
  if (!principal) return 'sign-in';
  return can(principal, rule.permission) ? 'allowed' : 'forbidden';
}

/** The home page of each role after sign-in. */
export function homePathFor(role: Role): string {
  switch (role) {
    case 'learner':
      return '/learn';
    case 'enterprise':
      return '/enterprise';
    case 'instructor':
      return '/instructor';
    case 'government':
      return '/gov';
    case 'admin':
      return '/admin';
  }
}

export interface NavItem {
  /** i18n key of the label. */
  key: 'nav.learn' | 'nav.enterprise' | 'nav.instructor' | 'nav.gov' | 'nav.admin' | 'nav.courses' | 'nav.account' | 'nav.sandbox' | 'nav.regulator';
  path: string;
}

/** The navigation a user sees: only what their role may open. */
export function navigationFor(principal: Principal | null): NavItem[] {
  const items: NavItem[] = [{ key: 'nav.courses', path: '/courses' }];
  if (!principal) return items;
  const home: NavItem = { key: `nav.${homePathFor(principal.role).slice(1)}` as NavItem['key'], path: homePathFor(principal.role) };
  if (can(principal, 'sandbox:use')) items.push({ key: 'nav.sandbox', path: '/sandbox' });
  if (can(principal, 'regulator:review')) items.push({ key: 'nav.regulator', path: '/regulator' });
  return [home, ...items, { key: 'nav.account', path: '/account' }];
}
