/**
 * Queues what the learner does on a lesson page while offline (a completion, quiz answers) for the
 * account that saved a course on this device, then tries to send it: at once when online, else by
 * Background Sync (the service worker) or when a page sees the network return.
 */
import type { QueuedItem } from '#lib/offline/queue.ts';
import { deviceLearner, enqueue, SYNC_TAG } from './store.ts';
import { flushQueue } from './sync-client.ts';

export type OfflineAction = { kind: 'lesson-complete' } | { kind: 'quiz'; paperId: string; answers: Record<string, string[]>; durationMs?: number | undefined };

/** Queues one item; false when no learner saved a course on this device (nothing to queue for). */
export async function queueAction(lessonId: string, title: string, action: OfflineAction): Promise<boolean> {
  const userId = await deviceLearner();
  if (!userId) return false;
  const item: QueuedItem = {
    key: crypto.randomUUID(),
    userId,
    lessonId,
    title,
    occurredAt: new Date().toISOString(),
    ...(action.kind === 'quiz' ? { kind: 'quiz', answers: action.answers, ...(action.paperId ? { paperId: action.paperId } : {}), ...(action.durationMs !== undefined ? { durationMs: action.durationMs } : {}) } : { kind: 'lesson-complete' }),
  };
  await enqueue(item);
  document.dispatchEvent(new CustomEvent('academy:offline-queue'));
  try {
    const registration = (await navigator.serviceWorker?.ready) as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
    await registration?.sync?.register(SYNC_TAG);
  } catch {
    // No Background Sync: pages send the queue when they see the network return.
  }
  if (navigator.onLine) void flushQueue();
  return true;
}

/** The answers of a quiz form (`q:<question>` fields), as the server's grader reads them. */
export function answersOf(form: HTMLFormElement): Record<string, string[]> {
  const answers: Record<string, string[]> = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (name.startsWith('q:') && typeof value === 'string') (answers[name.slice(2)] ??= []).push(value);
  }
  return answers;
}
