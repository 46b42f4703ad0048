/**
 * `npm run db:seed:scale -- --learners 100000`: synthetic learners and their activity for the
 * dashboard benchmarks (`npm run bench:dashboards`). Writes to DATABASE_URL, by default
 * `file:data/scale.db` (never the demo database unless asked to).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalogue } from '#lib/progress/catalogue.ts';
import { seedScale } from '#lib/seed/scale.ts';
import { refreshSkillLevels } from '#lib/progress/skill-level-store.ts';
import { seedDatabase } from '#lib/seed/seed.ts';
import { openScriptDatabase, ROOT } from './db.ts';

const { values } = parseArgs({ options: { learners: { type: 'string', default: '100000' } } });
process.env['DATABASE_URL'] ??= 'file:data/scale.db';
const started = performance.now();
const { db, client } = await openScriptDatabase();
await seedDatabase(db, { demo: true, contentRoot: resolve(ROOT, 'content') });
try {
  const catalogue = readCatalogue(resolve(ROOT, 'content'));
  const result = await seedScale(db, { learners: Number(values.learners), catalogue });
  const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
  for (const [table, n] of Object.entries(result.rows)) console.log(`${table.padEnd(28)} ${n.toLocaleString('en')}`);
  console.log(`${'total rows'.padEnd(28)} ${total.toLocaleString('en')}`);
  // The stored skill levels of every seeded learner (the talent view counts them), as `db:migrate` would.
  console.log(`skill levels of ${(await refreshSkillLevels(db, catalogue)).toLocaleString('en')} learners stored`);
  console.log(`${result.learners.toLocaleString('en')} learners into ${process.env['DATABASE_URL']} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  client.close();
}
