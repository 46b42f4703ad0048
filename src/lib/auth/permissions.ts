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
  | 'sandbox:scenarios'
  | 'sandbox:editor-preview'
  | 'regulator:review'
  | 'certificate:revoke';

/**
 * What each role may do with a lesson: everyone (signed in or not) reads lessons.
 * Studying — enrolling, completing lessons, taking the graded quiz — belongs to
 * learners, to enterprise staff (order-based training: they study what they
 * order) and to government staff (regulatory courses). Instructors author and
 * admins administer: they read lessons but do not study, so their answers never
 * enter the learners' statistics.
 */
const STUDY: readonly Permission[] = ['course:enrol', 'course:take-quiz'];

const GRANTS: Record<Role, readonly Permission[]> = {
  learner: [...STUDY, 'learner:home', 'account:manage', 'sandbox:use', 'sandbox:scenarios', 'sandbox:editor-preview'],
  enterprise: [...STUDY, 'enterprise:home', 'enterprise:manage-orders', 'account:manage'],
  instructor: ['instructor:home', 'account:manage', 'regulator:review', 'certificate:revoke', 'sandbox:scenarios', 'sandbox:editor-preview'],
  government: [...STUDY, 'gov:home', 'gov:view-statistics', 'account:manage', 'regulator:review', 'sandbox:scenarios', 'sandbox:editor-preview'],
  admin: ['admin:home', 'admin:approve-enterprises', 'admin:issue-invites', 'admin:view-audit', 'gov:view-statistics', 'account:manage', 'certificate:revoke'],
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

/** Path prefixes (without the `/en` locale prefix) and the permission each needs; the first match decides, so longer prefixes come first. */
export const PROTECTED_PATHS: readonly { prefix: string; permission: Permission }[] = [
  { prefix: '/sandbox/scenarios', permission: 'sandbox:scenarios' },
  { prefix: '/sandbox/editor-preview', permission: 'sandbox:editor-preview' },
  { prefix: '/learn', permission: 'learner:home' },
  { prefix: '/enterprise', permission: 'enterprise:home' },
  { prefix: '/instructor', permission: 'instructor:home' },
  { prefix: '/gov', permission: 'gov:home' },
  { prefix: '/admin', permission: 'admin:home' },
  { prefix: '/account', permission: 'account:manage' },
  { prefix: '/sandbox', permission: 'sandbox:use' },
  { prefix: '/regulator', permission: 'regulator:review' },
];

/**
 * What each Astro Action (by its name, as in `?_action=lessons.submitQuiz`)
 * needs: a permission, `signed-in` (any active account) or `anyone`.
 * `requirePermission()` checks an action's row here, and the generated test
 * refuses a page that shows a form its viewer's row would refuse. Every new
 * action adds its row.
 */
export const ACTION_PERMISSIONS: Readonly<Record<string, Permission | 'signed-in' | 'anyone'>> = {
  'auth.signIn': 'anyone',
  'auth.signUpLearner': 'anyone',
  'auth.signUpEnterprise': 'anyone',
  'auth.signUpInvited': 'anyone',
  'auth.signOutEverywhere': 'signed-in',
  'admin.reviewEnterprise': 'admin:approve-enterprises',
  'admin.issueInvite': 'admin:issue-invites',
  'admin.unlockAccount': 'admin:home',
  'lessons.enrol': 'course:enrol',
  'lessons.completeLesson': 'course:enrol',
  'lessons.submitQuiz': 'course:take-quiz',
  'scenarios.submit': 'sandbox:scenarios',
  'sandbox.createStore': 'sandbox:use',
  'sandbox.addProduct': 'sandbox:use',
  'sandbox.runMarketDay': 'sandbox:use',
  'sandbox.declare': 'sandbox:use',
  'sandbox.summarize': 'sandbox:use',
  'sandbox.draftReturn': 'sandbox:use',
  'sandbox.declareReturn': 'sandbox:use',
  'sandbox.decide': 'regulator:review',
  'orders.split': 'sandbox:use',
  'orders.cancel': 'sandbox:use',
  'orders.generalTrade': 'sandbox:use',
  'regulator.decideMany': 'regulator:review',
};

/** Whether the principal may call the named action; `undefined` when the action has no row. */
export function mayCallAction(principal: Principal | null | undefined, action: string): boolean | undefined {
  const rule = Object.hasOwn(ACTION_PERMISSIONS, action) ? ACTION_PERMISSIONS[action] : undefined;
  if (rule === undefined) return undefined;
  if (rule === 'anyone') return true;
  if (!principal || principal.status === 'disabled') return false;
  return rule === 'signed-in' ? true : can(principal, rule);
}

/** The action a request calls: `/_actions/NAME` (from scripts) or `?_action=NAME` (a form post). */
export function actionNameOf(url: URL): string | null {
  if (url.pathname.startsWith('/_actions/')) return decodeURIComponent(url.pathname.slice('/_actions/'.length)).replace(/\/$/, '') || null;
  return url.searchParams.get('_action');
}

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
  key: 'nav.learn' | 'nav.enterprise' | 'nav.instructor' | 'nav.gov' | 'nav.admin' | 'nav.courses' | 'nav.account' | 'nav.sandbox' | 'nav.scenarios' | 'nav.regulator';
  path: string;
}

/** The navigation a user sees: only what their role may open. */
export function navigationFor(principal: Principal | null): NavItem[] {
  const items: NavItem[] = [{ key: 'nav.courses', path: '/courses' }];
  if (!principal) return items;
  const home: NavItem = { key: `nav.${homePathFor(principal.role).slice(1)}` as NavItem['key'], path: homePathFor(principal.role) };
  if (can(principal, 'sandbox:use')) items.push({ key: 'nav.sandbox', path: '/sandbox' });
  else if (can(principal, 'sandbox:scenarios')) items.push({ key: 'nav.scenarios', path: '/sandbox/scenarios' });
  if (can(principal, 'regulator:review')) items.push({ key: 'nav.regulator', path: '/regulator' });
  return [home, ...items, { key: 'nav.account', path: '/account' }];
}
