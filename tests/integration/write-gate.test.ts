/**
 * Concurrent writers of one process (src/lib/db/write-gate.ts). Without the gate the second transaction's
 * BEGIN IMMEDIATE waited in SQLite's synchronous busy handler, which froze the process and with it the first
 * transaction: after the busy timeout the second failed with SQLITE_BUSY.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { users } from '#lib/db/schema-auth.ts';
import { WriteGate } from '#lib/db/write-gate.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.run(sql`create table gate_probe (n integer not null)`);
});
afterAll(() => t.cleanup());

/** Lets the event loop turn, as a request in a transaction does when it awaits I/O. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the write gate', () => {
  it('runs transactions that overlap in time one after the other, all committed', async () => {
    const writers = Array.from({ length: 8 }, (_, i) =>
      t.db.transaction(async (tx) => {
        await tx.run(sql`insert into gate_probe (n) values (${i})`);
        await tick();
        await tx.run(sql`insert into gate_probe (n) values (${i + 100})`);
      }),
    );
    const outcomes = await Promise.allSettled(writers);
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect((await t.db.all<{ n: number }>(sql`select count(*) as n from gate_probe`))[0]?.n).toBe(16);
  }, 30_000);

  it('lets an autocommit write wait for an open transaction instead of failing', async () => {
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => (inside = resolve));
    const long = t.db.transaction(async (tx) => {
      await tx.run(sql`insert into gate_probe (n) values (1000)`);
      inside();
      await tick();
      await tick();
    });
    await opened;
    await expect(t.db.run(sql`insert into gate_probe (n) values (1001)`)).resolves.toBeDefined();
    await long;
  }, 30_000);

  it('fails, rather than waits for itself for ever, a write on the outer handle inside a transaction', async () => {
    const inner = t.db.transaction(async () => {
      await t.db.select({ id: users.id }).from(users).where(eq(users.id, 'nobody'));
      await t.db.run(sql`insert into gate_probe (n) values (2000)`);
    });
    // The transaction's own connection holds the write lock: SQLite refuses after its busy timeout, as before the gate.
    await expect(inner).rejects.toThrow();
  }, 30_000);

  it('keeps arrival order and releases after a failure', async () => {
    const gate = new WriteGate();
    const order: number[] = [];
    const a = gate.run(async () => {
      await tick();
      order.push(1);
      throw new Error('first fails');
    });
    const b = gate.run(() => {
      order.push(2);
      return Promise.resolve();
    });
    await expect(a).rejects.toThrow('first fails');
    await b;
    expect(order).toEqual([1, 2]);
  });
});
