/** The `offline.*` dictionary strings the offline scripts show (src/components/offline/status-view.ts), for a page's data-strings. */
import { t } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';

export function offlineStrings(locale: Locale): Record<string, string> {
  const keys = {
    pending: 'offline.pending',
    pendingNone: 'offline.pendingNone',
    lastSync: 'offline.lastSync',
    neverSynced: 'offline.neverSynced',
    offlineNow: 'offline.offlineNow',
    itemComplete: 'offline.item.complete',
    itemQuiz: 'offline.item.quiz',
    resultQuiz: 'offline.result.quiz',
    resultComplete: 'offline.result.complete',
    resultRefused: 'offline.result.refused',
    passed: 'offline.result.passed',
    failed: 'offline.result.failed',
    save: 'offline.save',
    update: 'offline.update',
    saving: 'offline.saving',
    saved: 'offline.saved',
    savedStale: 'offline.savedStale',
    notSaved: 'offline.notSaved',
    removed: 'offline.removed',
    saveFailed: 'offline.failed',
    queuedQuiz: 'offline.queuedQuiz',
    queuedComplete: 'offline.queuedComplete',
    lessonSaved: 'offline.lessonSaved',
    coursesNone: 'offline.coursesNone',
  } as const;
  // The template placeholders stay unfilled: the script fills them (fillTemplate).
  return Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, t(locale, key)]));
}
