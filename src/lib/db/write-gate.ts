/**
 * One writer at a time in this process, in arrival order.
 *
 * The embedded libSQL driver runs every statement synchronously on the event loop and keeps a pool of
 * connections. When two requests of one process each held a write transaction (the second on a second
 * pooled connection), the second's `BEGIN IMMEDIATE` waited in SQLite's busy handler — a synchronous sleep
 * of up to the busy timeout, freezing the whole process, including the first transaction that it waited for.
 * At 200 connections of quiz submissions that made every submission of a worker time out. Here writers
 * queue on a promise instead (the event loop keeps running). Across the server's worker processes the same
 * holds: while one worker wrote, the other's BEGIN IMMEDIATE slept in the busy handler and froze that worker
 * (the timeouts of quiz submissions at 200 connections). So a writer also holds the cluster's write lock, when the
 * server registered one (`PROCESS_WRITE_LOCK`, src/server/http/write-lock.ts: the cluster primary grants it to one
 * worker at a time over IPC); only another program writing to the file (a script) still meets the busy wait.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Client, InArgs, InStatement } from '@libsql/client';

/** A lock shared by the processes writing to one database file: `acquire` resolves with its release. */
export interface ProcessWriteLock {
  acquire(): Promise<() => void>;
}

/**
 * Where the server registers its cluster write lock: a global, because the server's own modules and the built
 * app's bundled copy of this module must see the same one.
 */
export const PROCESS_WRITE_LOCK = Symbol.for('fushun-academy.process-write-lock');

const processLock = (): ProcessWriteLock | undefined => (globalThis as { [PROCESS_WRITE_LOCK]?: ProcessWriteLock })[PROCESS_WRITE_LOCK];

export class WriteGate {
  #tail: Promise<void> = Promise.resolve();
  readonly #held = new AsyncLocalStorage<true>();

  /** Whether this async context is inside `run` (its write lock is this process's own). */
  get heldHere(): boolean {
    return this.#held.getStore() === true;
  }

  /**
   * Runs `fn` once the writers before it are done. Inside `fn` (its whole async context) the gate is this
   * caller's, so a write it makes on the outer handle goes straight through rather than waiting for itself.
   */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#held.getStore()) return fn();
    const before = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => (release = resolve));
    await before;
    let releaseProcess: (() => void) | undefined;
    try {
      releaseProcess = await processLock()?.acquire();
      return await this.#held.run(true, fn);
    } finally {
      releaseProcess?.();
      release();
    }
  }
}

const READ = /^\s*select\b/i;
const sqlOf = (stmt: InStatement): string => (typeof stmt === 'string' ? stmt : stmt.sql);

/** The client with its writes (statements other than a plain select, batches, migrations) through the gate. */
export function gateWrites(client: Client, gate: WriteGate): Client {
  // Inside a transaction of this process the lock is its own (or SQLite refuses): no queue.
  const write = <T>(start: () => Promise<T>) => (gate.heldHere ? start() : gate.run(start));
  return new Proxy(client, {
    get(target, prop) {
      switch (prop) {
        case 'execute': {
          const execute = (stmt: InStatement, args?: InArgs) => (typeof stmt === 'string' ? target.execute(stmt, args) : target.execute(stmt));
          return (stmt: InStatement, args?: InArgs) => (READ.test(sqlOf(stmt)) ? execute(stmt, args) : write(() => execute(stmt, args)));
        }
        case 'batch':
          return (stmts: InStatement[], mode?: Parameters<Client['batch']>[1]) => (mode === 'read' ? target.batch(stmts, mode) : write(() => target.batch(stmts, mode)));
        case 'migrate':
          return (stmts: InStatement[]) => write(() => target.migrate(stmts));
        case 'executeMultiple':
          return (sql: string) => write(() => target.executeMultiple(sql));
        default: {
          // The driver's methods use private fields: they run on the client itself, not on the proxy.
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        }
      }
    },
  });
}
