/**
 * The header's navigation and account tools as HTML, rendered identically by
 * server pages and by `/api/me` for prerendered pages.
 */
import { t } from '#i18n/index.ts';
import { localizePath, type Locale } from '#i18n/locales.ts';
import type { NavItem } from '#lib/auth/permissions.ts';
import type { User } from '#lib/db/schema-auth.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export function renderNavItems(items: NavItem[], locale: Locale, currentPath: string): string {
  return items
    .map((item) => {
      const active = currentPath === item.path || currentPath.startsWith(`${item.path}/`);
      return `<li><a href="${localizePath(item.path, locale)}"${active ? ' aria-current="page"' : ''}>${escapeHtml(t(locale, item.key))}</a></li>`;
    })
    .join('');
}

export function renderAuthTools(user: Pick<User, 'displayName'> | null, locale: Locale, currentPath: string): string {
  if (!user) {
    const next = currentPath === '/' ? '' : `?next=${encodeURIComponent(localizePath(currentPath, locale))}`;
    return `<a href="${localizePath('/signin', locale)}${next}">${escapeHtml(t(locale, 'nav.signin'))}</a> <a class="btn" href="${localizePath('/signup', locale)}">${escapeHtml(t(locale, 'nav.signup'))}</a>`;
  }
  return `<span class="muted">${escapeHtml(user.displayName)}</span><form method="post" action="${localizePath('/signout', locale)}"><button type="submit" class="btn-secondary">${escapeHtml(t(locale, 'nav.signout'))}</button></form>`;
}
