/**
 * The device's side of offline sync, as plain data: what a queued item looks like, which items one
 * request sends, what to do with the server's answer, and which saved pages a course still lacks.
 * No browser API here: src/components/offline/ keeps these in IndexedDB and the Cache API, and the
 * service worker and the pages share them.
 */

/** Items the server accepts in one request; a device with more sends several. */
export const MAX_ITEMS_PER_SYNC = 50;

/** One thing the learner did offline, waiting to be sent (the body of POST /api/offline/sync). */
export interface QueuedItem {
  /** The idempotency key (crypto.randomUUID()). */
  key: string;
  /** The account the device was studying under: another account signed in later does not send it. */
  userId: string;
  kind: 'lesson-complete' | 'quiz';
  lessonId: string;
  /** The lesson's title in the page's language, to show what waits. */
  title: string;
  /** ISO time the learner did it. */
  occurredAt: string;
  answers?: Record<string, string[]>;
  /** The quiz paper the answers belong to (the quiz page saved for offline holds it). */
  paperId?: string;
  durationMs?: number;
}

/** What the server answers per item (src/lib/offline/sync.ts `ItemResult`, as JSON). */
export interface SyncResultJson {
  key: string;
  lessonId: string;
  duplicate: boolean;
  outcome: { status: 'applied'; kind: 'lesson-complete' | 'quiz'; score?: number; passed?: boolean } | { status: 'refused'; reason: string };
}

export interface SyncResponseJson {
  results: SyncResultJson[];
  /** Keys queued under another account: left in the queue. */
  otherAccount: string[];
  syncedAt: string;
}

/** The last sync, as shown to the learner. */
export interface SyncReport {
  syncedAt: string;
  lines: { title: string; kind: 'lesson-complete' | 'quiz'; status: 'applied' | 'refused'; score?: number | undefined; passed?: boolean | undefined }[];
}

/** The next request's items: the oldest first, at most what the server takes in one request. */
export function nextBatch(queue: readonly QueuedItem[]): QueuedItem[] {
  return [...queue].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.key.localeCompare(b.key)).slice(0, MAX_ITEMS_PER_SYNC);
}

/**
 * After a successful request: every item the server answered leaves the queue (applied, repeated or
 * refused: sending it again would get the same answer); items of another account stay.
 */
export function settleBatch(sent: readonly QueuedItem[], response: SyncResponseJson): { remove: string[]; report: SyncReport } {
  const byKey = new Map(sent.map((i) => [i.key, i]));
  const answered = response.results.filter((r) => byKey.has(r.key));
  return {
    remove: answered.map((r) => r.key),
    report: {
      syncedAt: response.syncedAt,
      lines: answered.map((r) => {
        const item = byKey.get(r.key)!;
        return r.outcome.status === 'applied'
          ? { title: item.title, kind: item.kind, status: 'applied' as const, score: r.outcome.score, passed: r.outcome.passed }
          : { title: item.title, kind: item.kind, status: 'refused' as const };
      }),
    },
  };
}

/** Lessons of the course the saved copy does not have (a deploy added them): the learner is asked to update. */
export function missingFromCopy(savedLessonIds: readonly string[], courseLessonIds: readonly string[]): string[] {
  const saved = new Set(savedLessonIds);
  return courseLessonIds.filter((id) => !saved.has(id));
}

/** Cached URLs no saved course needs any more (after removing a course; assets shared by courses stay). */
export function unusedUrls(cached: readonly string[], stillNeeded: readonly (readonly string[])[]): string[] {
  const keep = new Set(stillNeeded.flat());
  return cached.filter((u) => !keep.has(u));
}
