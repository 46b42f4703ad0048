/**
 * Content collections, loaded from the top-level `content/` folder. The
 * schemas live in `src/lib/content/schema.ts` so the checker script and the
 * tests validate with the very same rules; an invalid file fails the build
 * with Astro's message naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  courseSchema,
  glossaryTermSchema,
  lessonEnglishSchema,
  lessonSchema,
  partnerSchema,
} from './lib/content/schema.ts';
import { z } from 'astro/zod';
import { loadOpsScenarios, loadScenarios } from './lib/scenarios/load.ts';
import type { Scenario } from './lib/scenarios/schema.ts';
import type { OpsScenario } from './lib/scenarios/ops-schema.ts';

const partners = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/partners' }),
  schema: partnerSchema,
});

const courses = defineCollection({
  loader: glob({ pattern: '*/course.yaml', base: './content/courses', generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
  schema: courseSchema,
});

/** `<course>/<NN-slug>` */
const lessons = defineCollection({
  loader: glob({ pattern: '*/[0-9][0-9]-*.mdx', base: './content/courses', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: lessonSchema,
});

/** English bodies, id `<course>/<NN-slug>` like the lesson they translate. */
const lessonsEn = defineCollection({
  loader: glob({ pattern: '*/en/[0-9][0-9]-*.mdx', base: './content/courses', generateId: ({ entry }) => entry.replace('/en/', '/').replace(/\.mdx$/, '') }),
  schema: lessonEnglishSchema,
});

/** Every glossary file is a YAML list; each term becomes one entry. */
function glossaryLoader(base: string): Loader {
  return {
    name: 'glossary-lists',
    load: async (context) => {
      const { store } = context;
      store.clear();
      const files = (await readdir(base)).filter((f) => f.endsWith('.yaml')).sort();
      for (const f of files) {
        const list = parseYaml(await readFile(join(base, f), 'utf8')) as unknown;
        if (!Array.isArray(list)) throw new Error(`${base}/${f}: a glossary file is a YAML list of terms`);
        for (const raw of list as Record<string, unknown>[]) {
          const id = String(raw['id']);
          const data = await context.parseData({ id, data: raw, filePath: join(base, f) });
          store.set({ id, data, filePath: join(base, f) });
        }
      }
      context.watcher?.add(base);
    },
  };
}

const glossary = defineCollection({
  loader: glossaryLoader('./content/glossary'),
  schema: glossaryTermSchema,
});

/** Sandbox scenarios with their starting and reference messages (validated by the loader). */
function scenarioLoader(base: string): Loader {
  return {
    name: 'sandbox-scenarios',
    load: async (context) => {
      const { store } = context;
      store.clear();
      const { scenarios, problems } = loadScenarios(base);
      if (problems.length > 0) throw new Error(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'));
      for (const s of scenarios) {
        const data = await context.parseData({ id: s.id, data: { ...s } });
        store.set({ id: s.id, data });
      }
      context.watcher?.add(base);
    },
  };
}

const scenarios = defineCollection({
  loader: scenarioLoader('./content/scenarios'),
  schema: z.custom<Scenario>((v) => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string'),
});

/** Operations scenarios (listing, reply, pricing; `src/lib/scenarios/ops-schema.ts`). */
const opsScenarios = defineCollection({
  loader: {
    name: 'ops-scenarios',
    load: async (context) => {
      context.store.clear();
      const { scenarios: list, problems } = loadOpsScenarios('./content/scenarios');
      if (problems.length > 0) throw new Error(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'));
      for (const s of list) context.store.set({ id: s.id, data: await context.parseData({ id: s.id, data: { ...s } }) });
    },
  },
  schema: z.custom<OpsScenario>((v) => typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string'),
});

export const collections = { partners, courses, lessons, lessonsEn, glossary, scenarios, opsScenarios };
