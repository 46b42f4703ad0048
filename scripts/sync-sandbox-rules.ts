/**
 * `npx tsx scripts/sync-sandbox-rules.ts`: writes into each lesson's
 * `sandboxRules` the engine error codes whose catalogue entry names that
 * lesson, so lesson and engine point at each other (the content test checks
 * both directions). Run it after adding or moving an error code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CATALOGUE } from '#sandbox';
import { loadContent } from '#lib/content/check.ts';
import { ROOT } from './db.ts';

const content = loadContent(join(ROOT, 'content'));
const byLesson = new Map<string, string[]>();
for (const e of ERROR_CATALOGUE) byLesson.set(e.lesson, [...(byLesson.get(e.lesson) ?? []), e.code]);
let changed = 0;
for (const l of content.lessons) {
  const id = `${l.course}/${l.slug}`;
  const codes = (byLesson.get(id) ?? []).sort();
  const file = join(ROOT, l.file);
  const text = readFileSync(file, 'utf8');
  const line = `sandboxRules: [${codes.join(', ')}]`;
  const next = text.replace(/^sandboxRules:.*$/m, line);
  if (next === text && !/^sandboxRules:/m.test(text)) throw new Error(`${l.file}: no sandboxRules line in the front matter`);
  if (next !== text) {
    writeFileSync(file, next);
    changed++;
  }
}
console.log(`${changed} lessons updated`);
