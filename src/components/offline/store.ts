/**
 * The device's offline state in IndexedDB (through `idb`), shared by the pages and the service
 * worker: the courses saved here, the queue of what waits to sync, and the last sync. The pages and
 * files themselves are in the Cache API under LESSON_CACHE (the service worker answers from it).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { QueuedItem, SyncReport } from '#lib/offline/queue.ts';

/** The Cache API cache of saved lesson pages and their files (precached shell files are Serwist's). */
export const LESSON_CACHE = 'academy-lessons-v1';
/** The Background Sync tag the pages register and the service worker answers. */
export const SYNC_TAG = 'academy-offline-sync';

export interface SavedCourse {
  /** `${locale}|${courseId}` */
  id: string;
  courseId: string;
  locale: string;
  title: string;
  /** The account that saved it (its id), for items queued on its lessons. */
  userId: string;
  lessons: { id: string; title: string; url: string }[];
  /** Every URL cached for it: the lessons and the files they use. */
  urls: string[];
  savedAt: string;
}

interface OfflineSchema extends DBSchema {
  courses: { key: string; value: SavedCourse };
  queue: { key: string; value: QueuedItem };
  meta: { key: string; value: { id: 'sync'; report: SyncReport } | { id: 'learner'; userId: string } };
}

let opened: Promise<IDBPDatabase<OfflineSchema>> | undefined;

function db(): Promise<IDBPDatabase<OfflineSchema>> {
  opened ??= openDB<OfflineSchema>('academy-offline', 1, {
    upgrade(d) {
      d.createObjectStore('courses', { keyPath: 'id' });
      d.createObjectStore('queue', { keyPath: 'key' });
      d.createObjectStore('meta', { keyPath: 'id' });
    },
  });
  return opened;
}

export const courseKey = (locale: string, courseId: string): string => `${locale}|${courseId}`;

export async function listSavedCourses(): Promise<SavedCourse[]> {
  return (await db()).getAll('courses');
}

export async function getSavedCourse(locale: string, courseId: string): Promise<SavedCourse | undefined> {
  return (await db()).get('courses', courseKey(locale, courseId));
}

/** Records a saved course and the learner who saved it (queued items are theirs). */
export async function putSavedCourse(course: SavedCourse): Promise<void> {
  const tx = (await db()).transaction(['courses', 'meta'], 'readwrite');
  await Promise.all([tx.objectStore('courses').put(course), tx.objectStore('meta').put({ id: 'learner', userId: course.userId }), tx.done]);
}

export async function deleteSavedCourse(id: string): Promise<void> {
  await (await db()).delete('courses', id);
}

/** The signed-in learner on a page that knows them (the course page): offline items queued from now on are theirs. */
export async function setDeviceLearner(userId: string): Promise<void> {
  await (await db()).put('meta', { id: 'learner', userId });
}

/** The account this device studies under: the last learner who opened a course page or saved a course here. */
export async function deviceLearner(): Promise<string | undefined> {
  const row = await (await db()).get('meta', 'learner');
  return row && 'userId' in row ? row.userId : undefined;
}

export async function enqueue(item: QueuedItem): Promise<void> {
  await (await db()).put('queue', item);
}

export async function listQueue(): Promise<QueuedItem[]> {
  return (await db()).getAll('queue');
}

export async function removeFromQueue(keys: readonly string[]): Promise<void> {
  const tx = (await db()).transaction('queue', 'readwrite');
  await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done]);
}

export async function lastSyncReport(): Promise<SyncReport | undefined> {
  const row = await (await db()).get('meta', 'sync');
  return row && 'report' in row ? row.report : undefined;
}

export async function putSyncReport(report: SyncReport): Promise<void> {
  await (await db()).put('meta', { id: 'sync', report });
}
