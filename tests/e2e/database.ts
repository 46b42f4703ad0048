/**
 * Where the e2e server keeps its database: one file per port, so the config (which passes it to
 * the server) and the test workers (which write session rows into it) agree without talking.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function e2eDatabaseFile(port: number): string {
  return join(tmpdir(), `academy-e2e-${port}`, 'e2e.db');
}

/** The port the e2e server listens on (E2E_PORT, 4399 by default). */
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4399);
