/** Why a viewer may not study a lesson (from the one permission table), as a plain sentence. */
import { t } from '#i18n/index.ts';
import { localizePath, type Locale } from '#i18n/locales.ts';
import { can, type Principal } from '#lib/auth/permissions.ts';

export interface StudyRefusal {
  text: string;
  /** Where the viewer can act on it (sign in), if anywhere. */
  link?: { href: string; label: string };
}

/** `null` when the viewer may study (enrol, complete lessons, take quizzes). */
export function studyRefusal(viewer: Principal | null | undefined, locale: Locale, back?: string): StudyRefusal | null {
  if (viewer && can(viewer, 'course:take-quiz') && can(viewer, 'course:enrol')) return null;
  if (!viewer) {
    const next = back ? `?next=${encodeURIComponent(back)}` : '';
    return { text: t(locale, 'lesson.study.signin'), link: { href: `${localizePath('/signin', locale)}${next}`, label: t(locale, 'nav.signin') } };
  }
  return { text: t(locale, viewer.status === 'pending' ? 'lesson.study.pending' : 'lesson.study.role') };
}
