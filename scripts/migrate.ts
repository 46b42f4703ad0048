/** `npm run db:migrate`: applies pending migrations, then brings the stored skill levels up to date (all learners after a content change). */
import { resolve } from 'node:path';
import { readCatalogue } from '#lib/progress/catalogue.ts';
import { refreshSkillLevels } from '#lib/progress/skill-level-store.ts';
import { openScriptDatabase, ROOT } from './db.ts';

const { db, client } = await openScriptDatabase();
console.log('migrations applied');
const started = performance.now();
const learners = await refreshSkillLevels(db, readCatalogue(resolve(ROOT, 'content')));
console.log(`skill levels recomputed for ${learners} learners in ${((performance.now() - started) / 1000).toFixed(1)} s`);
client.close();
