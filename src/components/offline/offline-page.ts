/**
 * On every page the service worker controls (a learner saved a course on this device): send the
 * queue when online and whenever the network returns; on a lesson page, say whether it is saved and
 * what waits, and while offline turn "mark complete" into a queued completion instead of a post the
 * browser cannot send. (Quiz answers are queued by quiz-enhance.ts.)
 */
import { queueAction } from './queue-client.ts';
import { getSavedCourse, listSavedCourses } from './store.ts';
import { flushQueue } from './sync-client.ts';
import { renderSyncState, stringsOf } from './status-view.ts';

async function showLessonNote(note: HTMLElement, lessonId: string): Promise<void> {
  const s = stringsOf(note) as ReturnType<typeof stringsOf> & { lessonSaved: string };
  const courseId = lessonId.split('/')[0] ?? '';
  const saved = (await getSavedCourse(document.documentElement.lang, courseId)) ?? (await listSavedCourses()).find((c) => c.courseId === courseId);
  const savedLine = note.querySelector<HTMLElement>('[data-offline-saved]');
  if (savedLine) savedLine.textContent = saved?.lessons.some((l) => l.id === lessonId) ? s.lessonSaved : '';
  await renderSyncState(note, s);
  note.hidden = false;
}

function enhanceCompleteForm(form: HTMLFormElement, lessonId: string, title: string, onQueued: () => void): void {
  form.addEventListener('submit', (event) => {
    if (navigator.onLine) return;
    event.preventDefault();
    void queueAction(lessonId, title, { kind: 'lesson-complete' }).then((queued) => {
      if (!queued) return;
      const box = document.createElement('p');
      box.className = 'notice success';
      box.setAttribute('role', 'status');
      box.textContent = form.dataset['offlineQueued'] ?? '';
      form.replaceWith(box);
      onQueued();
    });
  });
}

export function startOfflinePage(): void {
  const sync = () => void flushQueue().then(() => document.dispatchEvent(new CustomEvent('academy:offline-queue')));
  if (navigator.onLine) sync();
  window.addEventListener('online', sync);
  const lesson = document.querySelector<HTMLElement>('[data-lesson-id]');
  const note = document.querySelector<HTMLElement>('[data-offline-note]');
  if (!lesson) return;
  const lessonId = lesson.dataset['lessonId'] ?? '';
  const refresh = () => (note ? void showLessonNote(note, lessonId) : undefined);
  const form = lesson.querySelector<HTMLFormElement>('form.mark-complete');
  if (form) enhanceCompleteForm(form, lessonId, lesson.dataset['lessonTitle'] ?? lessonId, refresh);
  document.addEventListener('academy:offline-queue', refresh);
  window.addEventListener('offline', refresh);
  refresh();
}
