/**
 * The JavaScript budget of lesson pages, measured on the built site: a lesson
 * loads nothing beyond the shell's (its quiz is a link to the quiz page); the
 * quiz page, rendered per learner by the server, loads at most 20 KB (gzipped)
 * for the quiz.
 */
import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers.ts';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CLIENT = join(process.cwd(), 'dist', 'client');
const QUIZ_BUDGET = 20 * 1024;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n === 'index.html' ? [p] : [];
  });
}

/** Every script file a page loads: module scripts, island component URLs and their static imports. */
function scriptsOf(html: string): Set<string> {
  const queue = [...html.matchAll(/(?:src|component-url|renderer-url|before-hydration-url)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  for (const m of html.matchAll(/import\s*(?:[^'"]*from\s*)?["'](\/_astro\/[^"']+\.js)["']/g)) queue.push(m[1]!);
  return withImports(queue);
}

/** The script files and every file they import statically. */
function withImports(queue: string[]): Set<string> {
  const found = new Set<string>();
  while (queue.length) {
    const url = queue.pop()!;
    if (found.has(url)) continue;
    found.add(url);
    const src = readFileSync(join(CLIENT, url), 'utf8');
    for (const m of src.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) queue.push(`/_astro/${m[1]!.slice(2)}`);
  }
  return found;
}

const gz = (urls: Iterable<string>) => [...urls].reduce((n, u) => n + gzipSync(readFileSync(join(CLIENT, u))).length, 0);

test('lesson pages stay within their JavaScript budget', () => {
  expect(existsSync(CLIENT), 'run `npm run build` first').toBe(true);
  const shell = scriptsOf(readFileSync(join(CLIENT, 'index.html'), 'utf8'));
  const lessons = htmlFiles(join(CLIENT, 'courses')).filter((f) => f.split('/').length - CLIENT.split('/').length === 4);
  expect(lessons.length).toBeGreaterThanOrEqual(48);
  const report: string[] = [];
  for (const file of lessons) {
    const html = readFileSync(file, 'utf8');
    const extra = [...scriptsOf(html)].filter((u) => !shell.has(u));
    const bytes = gz(extra);
    report.push(`${file.slice(CLIENT.length)} quizLink=${html.includes('/quiz"')} extraJS=${bytes}B`);
    expect(html, file).not.toContain('data-quiz');
    expect(extra, file).toEqual([]);
  }
  console.log(report.slice(0, 3).join('\n'));
});

test('the quiz page stays within the quiz budget', async ({ page }) => {
  const shell = scriptsOf(readFileSync(join(CLIENT, 'index.html'), 'utf8'));
  await signIn(page, DEMO.learner);
  for (const path of ['/courses/customs-clearance/03-three-doc-match/quiz', '/en/courses/cbec-fundamentals/01-what-is-cbec/quiz']) {
    const html = await (await page.request.get(path)).text();
    expect(html, path).toContain('data-quiz');
    const extra = [...scriptsOf(html)].filter((u) => !shell.has(u));
    expect(extra.length, path).toBeGreaterThan(0);
    const bytes = gz(extra);
    console.log(`${path} extraJS=${bytes}B`);
    expect(bytes, path).toBeLessThanOrEqual(QUIZ_BUDGET);
  }
});
