/**
 * The course page's "offline study" box (OfflineCourse.astro): hidden without JavaScript or without
 * service worker support; with them it shows whether this device holds the course (and whether the
 * copy lacks lessons added since), saves, updates or removes it, and shows what waits to sync and
 * the last sync.
 */
import { fillTemplate } from '#i18n/fill.ts';
import { formatDateTime } from '#i18n/format.ts';
import { missingFromCopy } from '#lib/offline/queue.ts';
import { offlineSupported, removeCourse, saveCourse, type CourseToSave } from './save-course.ts';
import { getSavedCourse, setDeviceLearner } from './store.ts';
import { flushQueue } from './sync-client.ts';
import { localeOf, renderSyncState, stringsOf, type OfflineStrings } from './status-view.ts';

type PanelStrings = OfflineStrings & Record<'save' | 'update' | 'saving' | 'saved' | 'savedStale' | 'notSaved' | 'removed' | 'saveFailed', string>;

export function enhanceOfflinePanels(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-offline-course]')) {
    if (!offlineSupported()) continue;
    const s = stringsOf(box) as PanelStrings;
    const course = JSON.parse(box.dataset['course'] ?? '{}') as CourseToSave;
    const locale = localeOf();
    const status = box.querySelector<HTMLElement>('[data-offline-status]')!;
    const saveButton = box.querySelector<HTMLButtonElement>('[data-offline-save]')!;
    const removeButton = box.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
    const syncButton = box.querySelector<HTMLButtonElement>('[data-offline-sync]')!;
    const refresh = async (note?: string) => {
      const saved = await getSavedCourse(course.locale, course.courseId);
      const missing = saved ? missingFromCopy(saved.lessons.map((l) => l.id), course.lessons.map((l) => l.id)) : [];
      status.textContent =
        note ??
        (saved
          ? [fillTemplate(s.saved, { n: saved.lessons.length, date: formatDateTime(new Date(saved.savedAt), locale) }, locale), ...(missing.length ? [fillTemplate(s.savedStale, { n: missing.length }, locale)] : [])].join(' ')
          : s.notSaved);
      saveButton.textContent = saved ? s.update : s.save;
      removeButton.hidden = !saved;
      await renderSyncState(box, s);
    };
    saveButton.addEventListener('click', () => {
      saveButton.disabled = true;
      void saveCourse(course, (done, total) => {
        status.textContent = fillTemplate(s.saving, { done, total }, locale);
      })
        .then(() => refresh())
        .catch(() => refresh(s.saveFailed))
        .finally(() => {
          saveButton.disabled = false;
        });
    });
    removeButton.addEventListener('click', () => {
      void removeCourse(course.locale, course.courseId).then(() => refresh(s.removed));
    });
    syncButton.addEventListener('click', () => {
      syncButton.disabled = true;
      void flushQueue().finally(() => {
        syncButton.disabled = false;
        void refresh();
      });
    });
    window.addEventListener('online', () => void flushQueue().then(() => refresh()));
    window.addEventListener('offline', () => void refresh());
    box.hidden = false;
    void setDeviceLearner(course.userId);
    // A queue left from offline study goes out as soon as the learner is back on the course page.
    void (navigator.onLine ? flushQueue() : Promise.resolve()).then(() => refresh());
  }
}
