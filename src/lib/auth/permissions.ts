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
  | 'admin:manage-users'
  | 'admin:manage-partners'
  | 'account:manage'
  | 'sandbox:use'
  | 'sandbox:scenarios'
  | 'sandbox:editor-preview'
  | 'regulator:review'
  | 'certificate:revoke'
  | 'orders:apply'
  | 'incubation:join'
  | 'incubation:mentor'
  | 'incubation:comment';

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
  learner: [...STUDY, 'learner:home', 'account:manage', 'sandbox:use', 'sandbox:scenarios', 'sandbox:editor-preview', 'orders:apply', 'incubation:join', 'incubation:comment'],
  enterprise: [...STUDY, 'enterprise:home', 'enterprise:manage-orders', 'account:manage', 'incubation:mentor', 'incubation:comment'],
  instructor: ['instructor:home', 'account:manage', 'regulator:review', 'certificate:revoke', 'sandbox:scenarios', 'sandbox:editor-preview'],
  government: [...STUDY, 'gov:home', 'gov:view-statistics', 'account:manage', 'regulator:review', 'sandbox:scenarios', 'sandbox:editor-preview'],
  admin: ['admin:home', 'admin:approve-enterprises', 'admin:issue-invites', 'admin:view-audit', 'admin:manage-users', 'admin:manage-partners', 'gov:view-statistics', 'account:manage', 'certificate:revoke'],
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
  { prefix: '/training-orders/mine', permission: 'orders:apply' },
  { prefix: '/talent', permission: 'gov:view-statistics' },
  { prefix: '/incubation', permission: 'incubation:join' },
  { prefix: '/statistics', permission: 'gov:view-statistics' },
];

/** Who may open a route or call an action: a permission, any active account, or anyone. */
export type Access = Permission | 'signed-in' | 'anyone';

export interface RouteRule {
  access: Access;
  /** The ownership rule the page applies on top of the role (it answers 404 otherwise), in words ("own or team store": see ACTION_OWNERSHIP). */
  owner?: string;
}

/**
 * Every page and endpoint under src/pages, by its route (the file's path
 * without `[...lang]/` and extension; pages under `[...lang]` are served in
 * zh-CN at the path and in English under `/en`). The middleware decides
 * requests by the row of the route they match (PROTECTED_PATHS only for paths
 * no route matches); a test compares this table with the files, so a route
 * without a row fails, and an end-to-end test tries every row with every role
 * and with no session. Prerendered pages are built once for everyone: their
 * rows say `anyone`.
 */
export const ROUTE_PERMISSIONS: Readonly<Record<string, RouteRule>> = {
  '/': { access: 'anyone' },
  '/404': { access: 'anyone' },
  '/500': { access: 'anyone' },
  '/forbidden': { access: 'anyone' },
  '/glossary': { access: 'anyone' },
  '/search': { access: 'anyone' },
  '/partners': { access: 'anyone' },
  '/partners/[id]': { access: 'anyone' },
  '/courses': { access: 'anyone' },
  '/courses/[course]': { access: 'anyone' },
  '/courses/[course]/[lesson]': { access: 'anyone' },
  '/courses/[course]/[lesson]/result': { access: 'anyone' },
  // Opening the quiz draws the learner's paper (a write): only those who study.
  '/courses/[course]/[lesson]/quiz': { access: 'course:take-quiz' },
  '/shop': { access: 'anyone' },
  '/shop/[slug]': { access: 'anyone' },
  '/shop/[slug]/cart': { access: 'anyone' },
  '/shop/[slug]/checkout': { access: 'anyone' },
  '/shop/[slug]/confirmation': { access: 'anyone', owner: 'the order whose id the visitor’s receipt cookie holds' },
  '/verify/[id]': { access: 'anyone' },
  '/verify/[id]/credential.jwt': { access: 'anyone' },
  '/verify/[id]/status.json': { access: 'anyone' },
  '/signin': { access: 'anyone' },
  '/signout': { access: 'anyone' },
  '/signup': { access: 'anyone' },
  '/signup/learner': { access: 'anyone' },
  '/signup/company': { access: 'anyone' },
  '/signup/invite': { access: 'anyone' },
  '/account': { access: 'account:manage' },
  '/learn': { access: 'learner:home' },
  '/enterprise': { access: 'enterprise:home' },
  '/instructor': { access: 'instructor:home' },
  '/instructor/learners/[id]': { access: 'instructor:home', owner: 'own class: a learner of the instructor’s institution' },
  '/gov': { access: 'gov:home' },
  '/admin': { access: 'admin:home' },
  '/admin/accounts/[id]': { access: 'admin:home' },
  '/admin/users': { access: 'admin:manage-users' },
  '/admin/institutions': { access: 'admin:manage-partners' },
  '/admin/audit': { access: 'admin:view-audit' },
  '/sandbox': { access: 'sandbox:use' },
  '/sandbox/engine-check': { access: 'sandbox:use' },
  '/sandbox/stores/[store]': { access: 'sandbox:use', owner: 'own or team store' },
  '/sandbox/orders/[order]': { access: 'sandbox:use', owner: 'order of an own or team store' },
  '/sandbox/scenarios': { access: 'sandbox:scenarios' },
  '/sandbox/scenarios/[id]': { access: 'sandbox:scenarios' },
  '/sandbox/scenarios/ops/[id]': { access: 'sandbox:scenarios' },
  '/sandbox/editor-preview': { access: 'sandbox:editor-preview' },
  '/regulator': { access: 'regulator:review' },
  '/regulator/[declaration]': { access: 'regulator:review', owner: 'held, or decided by this reviewer, or a learner of the instructor’s institution' },
  '/enterprise/orders/new': { access: 'enterprise:home' },
  '/enterprise/orders/[id]': { access: 'enterprise:home', owner: 'own order (of the enterprise)' },
  '/enterprise/orders/[id]/edit': { access: 'enterprise:home', owner: 'own order (of the enterprise)' },
  '/enterprise/mentoring': { access: 'incubation:mentor' },
  '/training-orders': { access: 'anyone' },
  '/training-orders/[id]': { access: 'anyone' },
  '/training-orders/mine': { access: 'orders:apply' },
  '/talent': { access: 'gov:view-statistics' },
  '/talent/supply-demand.csv': { access: 'gov:view-statistics' },
  '/statistics': { access: 'gov:view-statistics' },
  '/statistics/[table].csv': { access: 'gov:view-statistics' },
  '/incubation': { access: 'incubation:join' },
  '/teams/[id]': { access: 'signed-in' },
  '/showcase/[id]': { access: 'anyone' },
  '/gov/study': { access: 'gov:home' },
  '/gov/hours': { access: 'gov:home' },
  '/gov/hours/record': { access: 'gov:home' },
  '/gov/hours/department.csv': { access: 'gov:home', owner: 'head of the department' },
  '/gov/hours/ledger.csv': { access: 'gov:home' },
  '/instructor/classes': { access: 'instructor:home' },
  '/instructor/classes/[id]': { access: 'instructor:home', owner: 'own class' },
  '/instructor/classes/[id]/[table].csv': { access: 'instructor:home', owner: 'own class' },
  '/api/study-time': { access: 'anyone' },
  '/api/me': { access: 'anyone' },
  '/api/lesson-status': { access: 'anyone' },
  '/api/offline/sync': { access: 'course:take-quiz' },
  '/offline': { access: 'anyone' },
  '/healthz': { access: 'anyone' },
  '/.well-known/jwks.json': { access: 'anyone' },
  '/issuer': { access: 'anyone' },
};

/**
 * Ownership rules actions apply on top of their row in ACTION_PERMISSIONS (refused with 403 or 404
 * otherwise). "Own or team store" means a store the user owns or the store of an incubation team the
 * user belongs to now, decided by one function, `workableBy()` in src/lib/workbench/store-access.ts,
 * that every store, product, order and buyer-message query applies.
 */
export const ACTION_OWNERSHIP: Readonly<Record<string, string>> = {
  'sandbox.addProduct': 'own or team store',
  'sandbox.runMarketDay': 'own or team store',
  'listing.update': 'own or team store',
  'listing.publish': 'own or team store',
  'listing.unpublish': 'own or team store',
  'buyers.answer': 'own or team store',
  'sandbox.declare': 'order of an own or team store',
  'sandbox.summarize': 'own or team store',
  'sandbox.draftReturn': 'order of an own or team store',
  'sandbox.declareReturn': 'order of an own or team store',
  'orders.split': 'order of an own or team store',
  'orders.cancel': 'order of an own or team store',
  'orders.generalTrade': 'order of an own or team store',
  'sandbox.decide': 'a held declaration',
  'regulator.decideMany': 'held declarations',
  'certificates.revoke': 'a certificate of the instructor’s institution (admins: any)',
};

function routePattern(route: string): RegExp {
  const source = route
    .split('/')
    .map((s) => (s.startsWith('[...') ? '.+' : s.startsWith('[') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

const ROUTE_MATCHERS = Object.entries(ROUTE_PERMISSIONS)
  .map(([route, rule]) => ({ route, rule, pattern: routePattern(route), dynamic: route.includes('[') }))
  // A route without parameters wins over one with them (as Astro routes `/signup/learner` before `/signup/[x]`).
  .sort((a, b) => Number(a.dynamic) - Number(b.dynamic));

/** The route (its key in ROUTE_PERMISSIONS) a path without locale prefix belongs to. */
export function routeOf(path: string): string | undefined {
  return ROUTE_MATCHERS.find((m) => m.pattern.test(path))?.route;
}

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
  'auth.changePassword': 'signed-in',
  'admin.reviewEnterprise': 'admin:approve-enterprises',
  'admin.issueInvite': 'admin:issue-invites',
  'admin.revokeInvite': 'admin:issue-invites',
  'admin.unlockAccount': 'admin:manage-users',
  'admin.setAccountStatus': 'admin:manage-users',
  'admin.addPartner': 'admin:manage-partners',
  'admin.updatePartner': 'admin:manage-partners',
  'lessons.enrol': 'course:enrol',
  'lessons.completeLesson': 'course:enrol',
  'lessons.submitQuiz': 'course:take-quiz',
  'scenarios.submit': 'sandbox:scenarios',
  'scenarios.submitOps': 'sandbox:scenarios',
  'sandbox.createStore': 'sandbox:use',
  'sandbox.addProduct': 'sandbox:use',
  'sandbox.runMarketDay': 'sandbox:use',
  'listing.update': 'sandbox:use',
  'listing.publish': 'sandbox:use',
  'listing.unpublish': 'sandbox:use',
  'buyers.answer': 'sandbox:use',
  'sandbox.declare': 'sandbox:use',
  'sandbox.summarize': 'sandbox:use',
  'sandbox.draftReturn': 'sandbox:use',
  'sandbox.declareReturn': 'sandbox:use',
  'sandbox.decide': 'regulator:review',
  'orders.split': 'sandbox:use',
  'orders.cancel': 'sandbox:use',
  'orders.generalTrade': 'sandbox:use',
  'regulator.decideMany': 'regulator:review',
  'enterprise.updateProfile': 'enterprise:home',
  'enterprise.createOrder': 'enterprise:manage-orders',
  'enterprise.updateOrder': 'enterprise:manage-orders',
  'enterprise.transition': 'enterprise:manage-orders',
  'enterprise.runMatching': 'enterprise:manage-orders',
  'enterprise.offer': 'enterprise:manage-orders',
  'enterprise.shortlist': 'enterprise:manage-orders',
  'enterprise.placement': 'enterprise:manage-orders',
  'enterprise.retention': 'enterprise:manage-orders',
  'training.apply': 'orders:apply',
  'training.withdraw': 'orders:apply',
  'training.move': 'orders:apply',
  'training.respond': 'orders:apply',
  'training.visibility': 'orders:apply',
  'incubation.create': 'incubation:join',
  'incubation.join': 'incubation:join',
  'incubation.leave': 'incubation:join',
  'incubation.linkStore': 'incubation:join',
  'incubation.publish': 'incubation:join',
  'incubation.mentor': 'incubation:mentor',
  'incubation.comment': 'incubation:comment',
  'hours.setRules': 'gov:home',
  'classes.create': 'instructor:home',
  'classes.regenerateCode': 'instructor:home',
  'classes.join': 'learner:home',
  'certificates.revoke': 'certificate:revoke',
  'shop.add': 'anyone',
  'shop.update': 'anyone',
  'shop.trainingId': 'anyone',
  'shop.checkout': 'anyone',
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
  const route = routeOf(path);
  const access: Access = route ? ROUTE_PERMISSIONS[route]!.access : (PROTECTED_PATHS.find((r) => matches(path, r.prefix))?.permission ?? 'anyone');
  if (access === 'anyone') return 'public';
  if (!principal) return 'sign-in';
  if (access === 'signed-in') return principal.status === 'disabled' ? 'forbidden' : 'allowed';
  return can(principal, access) ? 'allowed' : 'forbidden';
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
  key: 'nav.learn' | 'nav.enterprise' | 'nav.instructor' | 'nav.gov' | 'nav.admin' | 'nav.courses' | 'nav.account' | 'nav.sandbox' | 'nav.scenarios' | 'nav.regulator' | 'nav.orders' | 'nav.talent' | 'nav.incubation';
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
  if (can(principal, 'orders:apply')) items.push({ key: 'nav.orders', path: '/training-orders' });
  if (can(principal, 'incubation:join')) items.push({ key: 'nav.incubation', path: '/incubation' });
  if (can(principal, 'gov:view-statistics')) items.push({ key: 'nav.talent', path: '/talent' });
  return [home, ...items, { key: 'nav.account', path: '/account' }];
}
