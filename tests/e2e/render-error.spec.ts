/**
 * A page that throws while rendering (here: its database table is gone) answers our 500 page — in the page's
 * language, with the request id the response carries as X-Request-Id, the security headers on — and the server
 * logs the error as one JSON line with that request id (no plain-text output from Astro).
 */
import { test, expect } from '@playwright/test';
import { openDatabase } from '#lib/db/client.ts';
import { seededDatabase, startOwnServer, type OwnServer } from './own-server.ts';

let server: OwnServer | undefined;
let cleanup: (() => void) | undefined;

test.beforeAll(async () => {
  const db = await seededDatabase('academy-render-error-');
  cleanup = db.cleanup;
  server = await startOwnServer(db.file);
  // The public showcase page reads this table: without it, its query throws while the page renders.
  const opened = await openDatabase({ url: `file:${db.file}` });
  await opened.client.execute('ALTER TABLE incubation_teams RENAME TO incubation_teams_gone');
  opened.client.close();
});

test.afterAll(async () => {
  await server?.stop();
  cleanup?.();
});

test('a page that throws answers the bilingual 500 page with the request id, and logs one JSON line with it', async ({ request }) => {
  const own = server!;
  for (const [path, lang, title] of [
    ['/showcase/some-team', 'zh-CN', '出错了'],
    ['/en/showcase/some-team', 'en', 'Something went wrong'],
  ] as const) {
    const r = await request.get(`${own.base}${path}`, { headers: { 'x-request-id': `render-error-${lang}` } });
    expect(r.status()).toBe(500);
    const id = r.headers()['x-request-id'];
    expect(id).toBe(`render-error-${lang}`);
    expect(r.headers()['content-type']).toContain('text/html');
    expect(r.headers()['x-content-type-options']).toBe('nosniff');
    expect(r.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const html = await r.text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain(id);
    expect(html).not.toContain('no such table');


    const lines = own.log.records.filter((l) => l['requestId'] === id && l['msg'] !== 'request');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'render error', method: 'GET', path });
    expect(`${String(lines[0]!['error'])} ${String(lines[0]!['cause'])}`).toContain('no such table');
  }
  expect(own.log.rawErrors).toEqual([]);
  // Asked for by its address, the error page is no page.
  expect((await request.get(`${own.base}/500`)).status()).toBe(404);
});
