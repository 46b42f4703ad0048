/**
 * Sends the queue to POST /api/offline/sync, a batch at a time, oldest first, and removes what the
 * server answered. Used by the pages (on load, when the network returns, "sync now") and by the
 * service worker (Background Sync). Sending twice is harmless: the server applies each key once.
 */
import { nextBatch, settleBatch, type SyncResponseJson } from '#lib/offline/queue.ts';
import { listQueue, putSyncReport, removeFromQueue } from './store.ts';

export type FlushOutcome = 'synced' | 'nothing' | 'failed';

let running: Promise<FlushOutcome> | undefined;

async function flushOnce(): Promise<FlushOutcome> {
  let sentAny = false;
  for (;;) {
    const batch = nextBatch(await listQueue());
    if (batch.length === 0) return sentAny ? 'synced' : 'nothing';
    let response: Response;
    try {
      response = await fetch('/api/offline/sync', {
        method: 'POST',
        credentials: 'same-origin',
        redirect: 'manual',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ items: batch }),
      });
    } catch {
      return 'failed';
    }
    if (!response.ok) return 'failed';
    const body = (await response.json()) as SyncResponseJson;
    const { remove, report } = settleBatch(batch, body);
    await removeFromQueue(remove);
    await putSyncReport(report);
    sentAny = true;
    // Only items of another account are left in this batch: they wait for it.
    if (remove.length < batch.length) return 'synced';
  }
}

/** One flush at a time per page or worker; a second caller shares the running one. */
export function flushQueue(): Promise<FlushOutcome> {
  running ??= flushOnce().finally(() => {
    running = undefined;
  });
  return running;
}
