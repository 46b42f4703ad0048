/**
 * The administration pages' models: plain data in (rows the domain read, the
 * query string), plain data out (what the page prints), so the pages'
 * frontmatter stays a few lines and this is unit-tested without a server.
 */
import { t, isMessageKey, type MessageKey } from '#i18n/index.ts';
import { formatDateTime } from '#i18n/format.ts';
import { localizePath, pick, type Locale } from '#i18n/locales.ts';
import { ROLES, type Role } from '#lib/db/schema-auth.ts';
import type { Institution } from '#lib/db/schema-org.ts';
import type { InviteRow } from '#lib/admin/invites.ts';
import type { UserPage } from '#lib/admin/users.ts';
import { shanghaiDayStart, type AuditQuery } from '#lib/admin/audit.ts';

export function institutionName(inst: Pick<Institution, 'nameZh' | 'nameEn'>, locale: Locale): string {
  return pick({ zh: inst.nameZh, en: inst.nameEn }, locale);
}

export interface InviteView {
  code: string;
  role: string;
  /** The institution (instructors) or department (government staff) the code binds to. */
  boundTo: string;
  expires: string;
  status: InviteRow['status'];
  statusLabel: string;
  /** Who used it: the account's name and page, or a note that the code was spent without an account. */
  usedBy: { name: string; href: string } | { note: string } | null;
  revocable: boolean;
}

export function inviteViews(invites: readonly InviteRow[], institutions: readonly Institution[], locale: Locale): InviteView[] {
  const byId = new Map(institutions.map((i) => [i.id, i]));
  return invites.map((i) => {
    const inst = i.institutionId ? byId.get(i.institutionId) : undefined;
    return {
      code: i.code,
      role: t(locale, `auth.role.${i.role}`),
      boundTo: inst ? institutionName(inst, locale) : (i.department ?? i.institutionId ?? ''),
      expires: formatDateTime(i.expiresAt, locale),
      status: i.status,
      statusLabel: t(locale, `console.invite.status.${i.status}`),
      usedBy: i.usedBy && i.usedByName !== null ? { name: i.usedByName, href: localizePath(`/admin/accounts/${i.usedBy}`, locale) } : i.status === 'used' ? { note: t(locale, 'console.invite.usedByNobody') } : null,
      revocable: i.status === 'unused',
    };
  });
}

/** The institutions a new instructor invite may name: the active ones, in the page's language. */
export function institutionOptions(institutions: readonly Institution[], locale: Locale): { id: string; name: string }[] {
  return institutions.filter((i) => i.active).map((i) => ({ id: i.id, name: institutionName(i, locale) }));
}

const one = (params: URLSearchParams, name: string, max = 100): string => (params.get(name) ?? '').trim().slice(0, max);

function pageNumber(params: URLSearchParams): number {
  const n = Number(one(params, 'page', 9));
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Previous and next page links keeping the filters; null at either end. */
export function pageLinks(path: string, params: URLSearchParams, page: number, pages: number): { prev: string | null; next: string | null } {
  const at = (p: number) => {
    const q = new URLSearchParams(params);
    q.delete('_action');
    if (p === 1) q.delete('page');
    else q.set('page', String(p));
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  return { prev: page > 1 ? at(page - 1) : null, next: page < pages ? at(page + 1) : null };
}

export interface UsersFilter {
  q: string;
  role: Role | undefined;
  page: number;
}

export function parseUsersQuery(params: URLSearchParams): UsersFilter {
  const role = ROLES.find((r) => r === one(params, 'role'));
  return { q: one(params, 'q'), role, page: pageNumber(params) };
}

export function usersPageModel(page: UserPage, viewerId: string, locale: Locale) {
  return {
    count: t(locale, 'console.users.count', { n: page.total }),
    pageOf: t(locale, 'console.page.of', { page: page.page, pages: page.pages }),
    rows: page.rows.map((u) => ({
      ...u,
      href: localizePath(`/admin/accounts/${u.id}`, locale),
      roleLabel: t(locale, `role.short.${u.role}` as MessageKey),
      statusLabel: t(locale, `account.status.${u.status}` as MessageKey),
      signIn: u.lockedUntil ? t(locale, 'console.users.lockedUntil', { time: formatDateTime(u.lockedUntil, locale) }) : t(locale, 'console.users.notLocked'),
      isViewer: u.id === viewerId,
      /** The form the row offers: enable a disabled account, disable another one (never the viewer's own). */
      offer: u.status === 'disabled' ? ('enable' as const) : u.id === viewerId ? null : ('disable' as const),
    })),
  };
}

export const AUDIT_GROUPS = ['user', 'enterprise', 'invite', 'partner', 'signin'] as const;

export interface AuditFilter {
  /** What the form shows back. */
  values: { actor: string; kind: string; from: string; to: string };
  query: AuditQuery;
  /** A date was given that is no day: the page says it was ignored. */
  badDate: boolean;
}

/** The log's filters from the query string; a period's days are Asia/Shanghai days, `to` inclusive. */
export function parseAuditQuery(params: URLSearchParams): AuditFilter {
  const actor = one(params, 'actor', 64);
  const kind = one(params, 'kind', 64);
  const from = one(params, 'from', 10);
  const to = one(params, 'to', 10);
  const fromAt = shanghaiDayStart(from);
  const toStart = shanghaiDayStart(to);
  const toAt = toStart ? new Date(toStart.getTime() + 86_400_000) : null;
  return {
    values: { actor, kind, from: fromAt ? from : '', to: toAt ? to : '' },
    query: { actor: actor || undefined, action: /^[a-z][a-z0-9.-]*$/.test(kind) ? kind : undefined, from: fromAt ?? undefined, to: toAt ?? undefined, page: pageNumber(params) },
    badDate: (from !== '' && !fromAt) || (to !== '' && !toAt),
  };
}

/** The action filter's choices: each group, then the actions recorded in it that have words (an action without them is found through its group or the whole log). */
export function auditKindOptions(actions: readonly string[], locale: Locale): { value: string; label: string; group: boolean }[] {
  const labelled = actions.flatMap((a) => {
    const key = `audit.action.${a}`;
    return isMessageKey(key) ? [{ value: a, label: t(locale, key), group: false }] : [];
  });
  const out: { value: string; label: string; group: boolean }[] = [];
  for (const g of AUDIT_GROUPS) {
    out.push({ value: g, label: t(locale, `console.audit.group.${g}`), group: true });
    out.push(...labelled.filter((o) => o.value.startsWith(`${g}.`)));
  }
  out.push(...labelled.filter((o) => !AUDIT_GROUPS.some((g) => o.value.startsWith(`${g}.`))));
  return out;
}
