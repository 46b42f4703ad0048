/**
 * Backups of the embedded file database: a consistent copy of the live file
 * by `VACUUM INTO` (safe while the server writes: one read transaction), and
 * a restore that refuses while any process has the live file open and checks
 * the copy's integrity before it replaces anything.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createClient } from "@libsql/client";

/** The path of a `file:` database URL, or null for a remote libSQL server (backed up by that server). */
export function databaseFile(url: string, root: string): string | null {
  if (!url.startsWith("file:")) return null;
  const path = url.slice("file:".length).split("?")[0] ?? "";
  if (path === "" || path === ":memory:") return null;
  return resolve(root, path);
}

/** `academy-20260303T101500Z.db`: UTC, sortable. */
export function backupName(now: Date): string {
  return `academy-${now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "")}.db`;
}

/** `PRAGMA integrity_check` of a database file: 'ok' or the problems found. */
export async function integrityOf(file: string): Promise<string> {
  if (!existsSync(file)) return `no such file: ${file}`;
  const client = createClient({ url: `file:${file}` });
  try {
    const rows = await client.execute("PRAGMA integrity_check");
    return rows.rows
      .map((r) => {
        const v = r[0];
        return typeof v === "string" ? v : JSON.stringify(v);
      })
      .join("; ");
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    client.close();
  }
}

/** Writes a consistent, integrity-checked copy of the live database into `dir`; returns its path. */
export async function backupDatabase(
  liveFile: string,
  dir: string,
  now = new Date(),
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, backupName(now));
  if (existsSync(target)) throw new Error(`backup exists already: ${target}`);
  const client = createClient({ url: `file:${liveFile}` });
  try {
    await client.execute("PRAGMA busy_timeout = 5000");
    await client.execute({ sql: "VACUUM INTO ?", args: [target] });
  } finally {
    client.close();
  }
  const integrity = await integrityOf(target);
  if (integrity !== "ok")
    throw new Error(`the copy failed its integrity check: ${integrity}`);
  return target;
}

/** Process ids (other than this one) that have the file, or its -wal/-shm, open. Linux (/proc); elsewhere none are found. */
export function processesUsing(file: string): number[] {
  if (!existsSync("/proc")) return [];
  const targets = new Set(
    [file, `${file}-wal`, `${file}-shm`].map((f) => resolve(f)),
  );
  const found: number[] = [];
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (targets.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          found.push(pid);
          break;
        }
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  return found;
}

export type RestoreResult =
  | { ok: true; previous: string | null }
  | { ok: false; reason: "server-running" | "integrity"; detail: string };

/**
 * Replaces the live database with `backup`: refused while a process has the
 * live file open, or when the backup fails `PRAGMA integrity_check`. The
 * replaced file is kept beside it (`.before-restore-<time>`).
 */
export async function restoreDatabase(
  backup: string,
  liveFile: string,
  now = new Date(),
): Promise<RestoreResult> {
  const users = processesUsing(liveFile);
  if (users.length > 0)
    return {
      ok: false,
      reason: "server-running",
      detail: `process ${users.join(", ")} has ${liveFile} open`,
    };
  const integrity = await integrityOf(backup);
  if (integrity !== "ok")
    return { ok: false, reason: "integrity", detail: integrity };
  mkdirSync(dirname(liveFile), { recursive: true });
  let previous: string | null = null;
  if (existsSync(liveFile)) {
    previous = `${liveFile}.before-restore-${backupName(now).slice("academy-".length, -".db".length)}`;
    renameSync(liveFile, previous);
  }
  // The write-ahead log a server killed without a checkpoint leaves holds committed transactions of the
  // replaced file: it goes with that file (SQLite reads `<file>-wal` beside it), never into the restored one.
  for (const side of ["-wal", "-shm"]) {
    const path = `${liveFile}${side}`;
    if (previous && existsSync(path)) renameSync(path, `${previous}${side}`);
    else rmSync(path, { force: true });
  }
  const staging = `${liveFile}.restoring`;
  copyFileSync(backup, staging);
  renameSync(staging, liveFile);
  return { ok: true, previous };
}
