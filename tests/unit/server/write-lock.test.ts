import { EventEmitter } from 'node:events';
import type { Cluster, Worker } from 'node:cluster';
import { afterEach, describe, expect, it } from 'vitest';
import { PROCESS_WRITE_LOCK, WriteGate, type ProcessWriteLock } from '#lib/db/write-gate.ts';
import { registerWorkerWriteLock, serveWriteLock } from '#server/http/write-lock.ts';

/** A primary and its workers wired like node:cluster's IPC (messages delivered on the next turn). */
function fakeCluster(workers: number) {
  const cluster = new EventEmitter();
  const procs = Array.from({ length: workers }, () => {
    const proc = new EventEmitter() as EventEmitter & { send: (m: unknown) => boolean };
    let dead = false;
    const worker = Object.assign(new EventEmitter(), {
      isDead: () => dead,
      send: (m: unknown) => (setImmediate(() => proc.emit('message', m)), true),
      kill: () => {
        dead = true;
        cluster.emit('exit', worker);
      },
    });
    proc.send = (m: unknown) => (setImmediate(() => cluster.emit('message', worker, m)), true);
    return { proc, worker };
  });
  serveWriteLock(cluster as unknown as Cluster);
  return procs.map(({ proc, worker }) => {
    registerWorkerWriteLock(proc as unknown as NodeJS.Process);
    return { lock: (globalThis as { [PROCESS_WRITE_LOCK]?: ProcessWriteLock })[PROCESS_WRITE_LOCK]!, worker: worker as unknown as Worker & { kill: () => void } };
  });
}

const turn = () => new Promise((r) => setTimeout(r, 5));

afterEach(() => {
  delete (globalThis as { [PROCESS_WRITE_LOCK]?: ProcessWriteLock })[PROCESS_WRITE_LOCK];
});

describe('the cluster write lock', () => {
  it('grants one worker at a time, in the order asked', async () => {
    const [a, b, c] = fakeCluster(3);
    const order: string[] = [];
    const releaseA = await a!.lock.acquire();
    order.push('a');
    const gotB = b!.lock.acquire().then((r) => (order.push('b'), r));
    const gotC = c!.lock.acquire().then((r) => (order.push('c'), r));
    await turn();
    expect(order).toEqual(['a']);
    releaseA();
    const releaseB = await gotB;
    await turn();
    expect(order).toEqual(['a', 'b']);
    releaseB();
    (await gotC)();
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('gives the turn on when the worker holding it ends', async () => {
    const [a, b] = fakeCluster(2);
    await a!.lock.acquire();
    let granted = false;
    const gotB = b!.lock.acquire().then((r) => ((granted = true), r));
    await turn();
    expect(granted).toBe(false);
    a!.worker.kill();
    (await gotB)();
    expect(granted).toBe(true);
  });

  it('is held by the write gate around each writer', async () => {
    const [a] = fakeCluster(1);
    let held = 0;
    const lock = a!.lock;
    (globalThis as { [PROCESS_WRITE_LOCK]?: ProcessWriteLock })[PROCESS_WRITE_LOCK] = {
      acquire: async () => {
        const release = await lock.acquire();
        held += 1;
        return () => {
          held -= 1;
          release();
        };
      },
    };
    const gate = new WriteGate();
    const seen: number[] = [];
    await Promise.all([1, 2, 3].map(() => gate.run(async () => { seen.push(held); await turn(); })));
    expect(seen).toEqual([1, 1, 1]);
    expect(held).toBe(0);
  });
});
