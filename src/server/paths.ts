/**
 * Locates the project root from this module (in `src/` during dev, in
 * `dist/server/chunks/` when built), so the migrations folder is found
 * whatever the current directory is.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findProjectRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'drizzle', 'meta', '_journal.json')) && existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot();
export const MIGRATIONS_DIR = process.env['MIGRATIONS_DIR'] ?? resolve(PROJECT_ROOT, 'drizzle');

/** A relative file URL (`file:data/academy.db`) is relative to the project root, not to wherever the server was started. */
export function resolveDatabaseUrl(url: string): string {
  if (url.startsWith('file:') && !url.startsWith('file:/')) return `file:${PROJECT_ROOT}/${url.slice(5)}`;
  return url;
}
