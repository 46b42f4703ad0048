/**
 * "Save this course for offline": registers the service worker (scope /), waits until it has
 * precached the shell, then fetches every lesson page of the course, the pages it marks
 * `data-offline-save` (the quiz page: the learner's open paper) and the files each names (styles,
 * scripts, images, icons) into LESSON_CACHE, and records the copy in IndexedDB. Removing a course
 * deletes its pages and any file no other saved course uses.
 */
import { unusedUrls } from '#lib/offline/queue.ts';
import { courseKey, deleteSavedCourse, listSavedCourses, LESSON_CACHE, putSavedCourse, type SavedCourse } from './store.ts';

export interface CourseToSave {
  courseId: string;
  locale: string;
  title: string;
  userId: string;
  lessons: { id: string; title: string; url: string }[];
}

export function offlineSupported(): boolean {
  return 'serviceWorker' in navigator && 'caches' in globalThis && 'indexedDB' in globalThis;
}

export async function registerWorker(): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  return navigator.serviceWorker.ready;
}

/** Same-origin pages a lesson marks to be saved with it (its quiz page). */
function pagesOf(doc: Document, pageUrl: URL): string[] {
  return [...doc.querySelectorAll('a[data-offline-save][href]')].map((a) => new URL(a.getAttribute('href') ?? '', pageUrl)).filter((u) => u.origin === location.origin).map((u) => u.pathname);
}

/** Same-origin files a page names: what it needs to show offline (links to other pages are not followed). */
function filesOf(doc: Document, pageUrl: URL): string[] {
  const found = new Set<string>();
  const add = (raw: string | null | undefined) => {
    if (!raw) return;
    const u = new URL(raw, pageUrl);
    if (u.origin === location.origin) found.add(u.pathname + u.search);
  };
  doc.querySelectorAll('script[src]').forEach((e) => add(e.getAttribute('src')));
  doc.querySelectorAll('link[href]').forEach((e) => {
    if (/\b(stylesheet|icon|modulepreload|preload|manifest)\b/.test(e.getAttribute('rel') ?? '')) add(e.getAttribute('href'));
  });
  doc.querySelectorAll('img[src], video[poster], source[src]').forEach((e) => add(e.getAttribute('src') ?? e.getAttribute('poster')));
  doc.querySelectorAll('img[srcset], source[srcset]').forEach((e) => {
    for (const part of (e.getAttribute('srcset') ?? '').split(',')) add(part.trim().split(/\s+/)[0]);
  });
  return [...found];
}

async function fetchInto(cache: Cache, url: string): Promise<Response> {
  const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  if (response.status !== 200 || response.redirected) throw new Error(`${url}: ${response.status}`);
  await cache.put(url, response.clone());
  return response;
}

/** Fetches a page and the files it names into the cache; the page's parsed HTML. */
async function savePage(cache: Cache, url: string, urls: Set<string>): Promise<Document> {
  const page = await fetchInto(cache, url);
  urls.add(url);
  const pageUrl = new URL(url, location.href);
  const doc = new DOMParser().parseFromString(await page.text(), 'text/html');
  for (const file of filesOf(doc, pageUrl)) {
    if (urls.has(file)) continue;
    await fetchInto(cache, file);
    urls.add(file);
  }
  return doc;
}

/** Saves (or updates) the course; `onProgress(done, total)` after each lesson page. */
export async function saveCourse(course: CourseToSave, onProgress: (done: number, total: number) => void): Promise<SavedCourse> {
  await registerWorker();
  const cache = await caches.open(LESSON_CACHE);
  const urls = new Set<string>();
  let done = 0;
  for (const lesson of course.lessons) {
    const doc = await savePage(cache, lesson.url, urls);
    for (const extra of pagesOf(doc, new URL(lesson.url, location.href))) {
      if (urls.has(extra)) continue;
      // The quiz page is the learner's (their open paper); a viewer who may not take it saves the lesson without it.
      await savePage(cache, extra, urls).catch(() => undefined);
    }
    onProgress(++done, course.lessons.length);
  }
  const saved: SavedCourse = { ...course, id: courseKey(course.locale, course.courseId), urls: [...urls], savedAt: new Date().toISOString() };
  await putSavedCourse(saved);
  return saved;
}

export async function removeCourse(locale: string, courseId: string): Promise<void> {
  const all = await listSavedCourses();
  const id = courseKey(locale, courseId);
  const removed = all.find((c) => c.id === id);
  if (!removed) return;
  await deleteSavedCourse(id);
  const cache = await caches.open(LESSON_CACHE);
  const others = all.filter((c) => c.id !== id).map((c) => c.urls);
  await Promise.all(unusedUrls(removed.urls, others).map((u) => cache.delete(u, { ignoreSearch: false })));
}
