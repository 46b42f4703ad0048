/** `npm run content:check [course]`: prints every content problem, naming the file and the field. */
import { fileURLToPath } from 'node:url';
import { loadContent } from '#lib/content/check.ts';

const root = fileURLToPath(new URL('../content', import.meta.url));
const only = process.argv[2];
const { problems, lessons, courses, glossary } = loadContent(root);
const shown = only ? problems.filter((p) => p.file.includes(`/${only}/`) || p.file.includes(only)) : problems;
for (const p of shown) console.log(`${p.file} › ${p.field}: ${p.message}`);
console.log(`${courses.size} courses, ${lessons.length} lessons, ${glossary.size} glossary terms, ${shown.length} problems`);
process.exit(shown.length ? 1 : 0);
