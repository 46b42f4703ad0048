/**
 * The cluster's write lock (see src/lib/db/write-gate.ts): the primary grants it to one worker at a time, in the
 * order asked, over the cluster's IPC channel; a worker that ends while holding or waiting loses its turn.
 * A worker registers its side at `PROCESS_WRITE_LOCK` before the app opens the database.
 */
import type { Cluster, Worker } from 'node:cluster';
import { PROCESS_WRITE_LOCK, type ProcessWriteLock } from '#lib/db/write-gate.ts';

const ACQUIRE = 'academy:write-lock:acquire';
const GRANTED = 'academy:write-lock:granted';
const RELEASE = 'academy:write-lock:release';

interface LockMessage {
  type: string;
  id: number;
}

const isLockMessage = (m: unknown): m is LockMessage => typeof m === 'object' && m !== null && typeof (m as LockMessage).type === 'string' && typeof (m as LockMessage).id === 'number';

/** The primary's side: one holder, a queue of the others. */
export function serveWriteLock(cluster: Cluster): void {
  let holder: { worker: Worker; id: number } | null = null;
  let queue: Array<{ worker: Worker; id: number }> = [];
  const grant = () => {
    while (holder === null && queue.length > 0) {
      const next = queue.shift()!;
      if (next.worker.isDead()) continue;
      holder = next;
      next.worker.send({ type: GRANTED, id: next.id });
    }
  };
  cluster.on('message', (worker, message: unknown) => {
    if (!isLockMessage(message)) return;
    if (message.type === ACQUIRE) {
      queue.push({ worker, id: message.id });
      grant();
    } else if (message.type === RELEASE && holder?.worker === worker && holder.id === message.id) {
      holder = null;
      grant();
    }
  });
  cluster.on('exit', (worker) => {
    queue = queue.filter((q) => q.worker !== worker);
    if (holder?.worker === worker) holder = null;
    grant();
  });
}

/** A worker's side, registered for the write gate; nothing outside a cluster worker. */
export function registerWorkerWriteLock(proc: NodeJS.Process = process): void {
  if (typeof proc.send !== 'function') return;
  const send = proc.send.bind(proc);
  let last = 0;
  const waiting = new Map<number, () => void>();
  proc.on('message', (message: unknown) => {
    if (!isLockMessage(message) || message.type !== GRANTED) return;
    waiting.get(message.id)?.();
    waiting.delete(message.id);
  });
  const lock: ProcessWriteLock = {
    acquire: () =>
      new Promise((resolve) => {
        const id = ++last;
        waiting.set(id, () => resolve(() => void send({ type: RELEASE, id })));
        send({ type: ACQUIRE, id });
      }),
  };
  (globalThis as { [PROCESS_WRITE_LOCK]?: ProcessWriteLock })[PROCESS_WRITE_LOCK] = lock;
}
