/**
 * Content checks that go beyond the schemas: length floors, quizzes, worked
 * examples, figure sources, glossary references. Reads the `content/` folder
 * directly (no Astro), so `npm test` and authors' `npm run content:check`
 * report the same problems, each naming the file and the field.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  courseSchema,
  glossaryTermSchema,
  lessonEnglishSchema,
  lessonSchema,
  partnerSchema,
  type Course,
  type GlossaryTerm,
  type Lesson,
} from './schema.ts';
import { loadOpsScenarios, loadScenarios } from '../scenarios/load.ts';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export interface LoadedLesson {
  course: string;
  slug: string;
  file: string;
  data: Lesson;
  body: string;
  englishBody?: string;
}

export interface LoadedContent {
  courses: Map<string, Course>;
  lessons: LoadedLesson[];
  glossary: Map<string, GlossaryTerm>;
  problems: ContentProblem[];
}

/** Minimum Chinese characters of substance in a lesson body. */
export const LESSON_MIN_CJK = 800;
/** Minimum words in an English lesson body of an English-edition course. */
export const ENGLISH_BODY_MIN_WORDS = 450;
export const QUIZ_MIN_QUESTIONS = 3;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function splitFrontMatter(text: string): { data: unknown; body: string } | null {
  const m = FRONT_MATTER.exec(text);
  if (!m) return null;
  return { data: parseYaml(m[1] ?? '') as unknown, body: m[2] ?? '' };
}

/** The prose of an MDX body: no fenced code, no imports, no component attributes holding code. */
export function proseOf(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, '')
    .replace(/^import .*$/gm, '')
    .replace(/code=\{`[\s\S]*?`\}/g, '');
}

export function countCjk(text: string): number {
  return (text.match(/[\u3400-\u9fff]/g) ?? []).length;
}

export function countWords(text: string): number {
  return (text.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).length;
}

function issuesOf(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((i) => ({ file, field: i.path.join('.') || '(root)', message: i.message }));
}

function readYaml(file: string, problems: ContentProblem[]): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    problems.push({ file, field: '(yaml)', message: (e as Error).message });
    return undefined;
  }
}

const hasWorkedExample = (body: string): boolean =>
  /^\s*\|?\s*:?-{3,}/m.test(body) || /<(Figure|MessageExample|Example)\b/.test(body) || /<Callout[^>]*type="example"/.test(body);

/** Loads and checks everything under `root` (the repository's `content/` folder). */
export function loadContent(root: string): LoadedContent {
  const problems: ContentProblem[] = [];
  const rel = (f: string): string => relative(join(root, '..'), f);

  const glossary = new Map<string, GlossaryTerm>();
  const glossaryDir = join(root, 'glossary');
  if (existsSync(glossaryDir)) {
    for (const name of readdirSync(glossaryDir).filter((n) => n.endsWith('.yaml')).sort()) {
      const file = join(glossaryDir, name);
      const raw = readYaml(file, problems);
      if (!Array.isArray(raw)) {
        problems.push({ file: rel(file), field: '(root)', message: 'a glossary file is a YAML list of terms' });
        continue;
      }
      raw.forEach((entry, i) => {
        const r = glossaryTermSchema.safeParse(entry);
        if (!r.success) {
          problems.push(...issuesOf(rel(file), r.error).map((p) => ({ ...p, field: `[${i}].${p.field}` })));
          return;
        }
        if (glossary.has(r.data.id)) problems.push({ file: rel(file), field: `[${i}].id`, message: `duplicate term id "${r.data.id}"` });
        glossary.set(r.data.id, r.data);
      });
    }
  }

  const partnersDir = join(root, 'partners');
  if (existsSync(partnersDir)) {
    for (const name of readdirSync(partnersDir).filter((n) => n.endsWith('.yaml'))) {
      const file = join(partnersDir, name);
      const r = partnerSchema.safeParse(readYaml(file, problems));
      if (!r.success) problems.push(...issuesOf(rel(file), r.error));
      else if (`${r.data.id}.yaml` !== name) problems.push({ file: rel(file), field: 'id', message: 'id must equal the file name' });
    }
  }

  const courses = new Map<string, Course>();
  const lessons: LoadedLesson[] = [];
  const coursesDir = join(root, 'courses');
  for (const course of readdirSync(coursesDir).filter((n) => statSync(join(coursesDir, n)).isDirectory()).sort()) {
    const dir = join(coursesDir, course);
    const courseFile = join(dir, 'course.yaml');
    if (!existsSync(courseFile)) {
      problems.push({ file: rel(dir), field: 'course.yaml', message: 'missing course.yaml' });
      continue;
    }
    const cr = courseSchema.safeParse(readYaml(courseFile, problems));
    if (!cr.success) {
      problems.push(...issuesOf(rel(courseFile), cr.error));
      continue;
    }
    courses.set(course, cr.data);
    const files = readdirSync(dir).filter((n) => /^\d{2}-[a-z0-9-]+\.mdx$/.test(n)).sort();
    if (files.length === 0) problems.push({ file: rel(dir), field: '(lessons)', message: 'a course needs lessons' });
    for (const name of files) {
      const file = join(dir, name);
      const split = splitFrontMatter(readFileSync(file, 'utf8'));
      if (!split) {
        problems.push({ file: rel(file), field: '(front matter)', message: 'missing front matter' });
        continue;
      }
      const lr = lessonSchema.safeParse(split.data);
      if (!lr.success) {
        problems.push(...issuesOf(rel(file), lr.error));
        continue;
      }
      const slug = name.replace(/\.mdx$/, '');
      const lesson: LoadedLesson = { course, slug, file: rel(file), data: lr.data, body: split.body };
      if (Number(name.slice(0, 2)) !== lr.data.order) {
        problems.push({ file: rel(file), field: 'order', message: `order ${lr.data.order} does not match the file number` });
      }
      const enFile = join(dir, 'en', name);
      if (existsSync(enFile)) {
        const en = splitFrontMatter(readFileSync(enFile, 'utf8'));
        const er = en ? lessonEnglishSchema.safeParse(en.data ?? {}) : null;
        if (!en || !er?.success) problems.push({ file: rel(enFile), field: '(front matter)', message: 'invalid front matter' });
        else lesson.englishBody = en.body;
      }
      lessons.push(lesson);
    }
    if (cr.data.englishEdition) {
      for (const l of lessons.filter((x) => x.course === course)) {
        if (l.englishBody === undefined) problems.push({ file: l.file, field: 'en/', message: 'English-edition course: English body missing' });
      }
    }
  }

  for (const l of lessons) {
    const prose = proseOf(l.body);
    const cjk = countCjk(prose);
    if (cjk < LESSON_MIN_CJK) problems.push({ file: l.file, field: '(body)', message: `${cjk} Chinese characters; the floor is ${LESSON_MIN_CJK}` });
    if (!l.data.quiz) problems.push({ file: l.file, field: 'quiz', message: 'every lesson has a quiz' });
    else if (l.data.quiz.questions.length < QUIZ_MIN_QUESTIONS) {
      problems.push({ file: l.file, field: 'quiz.questions', message: `at least ${QUIZ_MIN_QUESTIONS} questions` });
    }
    if (!hasWorkedExample(l.body)) {
      problems.push({ file: l.file, field: '(body)', message: 'needs a worked example, a table or a figure' });
    }
    for (const [body, where] of [[l.body, l.file], [l.englishBody ?? '', `${l.file} (en)`]] as const) {
      for (const m of body.matchAll(/<Term\s+id="([^"]+)"/g)) {
        if (!glossary.has(m[1] ?? '')) problems.push({ file: where, field: '<Term>', message: `glossary term "${m[1]}" is not defined in content/glossary` });
      }
      for (const m of body.matchAll(/<Figure\b([^>]*)>/g)) {
        if (!/\bsource=/.test(m[1] ?? '')) problems.push({ file: where, field: '<Figure>', message: 'a figure needs a source="..." line' });
      }
    }
    if (!/<Term\s+id=/.test(l.body)) problems.push({ file: l.file, field: '<Term>', message: 'mark at least one glossary term with <Term id="...">' });
    if (l.englishBody !== undefined && countWords(proseOf(l.englishBody)) < ENGLISH_BODY_MIN_WORDS) {
      problems.push({ file: `${l.file} (en)`, field: '(body)', message: `English body under ${ENGLISH_BODY_MIN_WORDS} words` });
    }
  }
  checkScenarioReferences(root, lessons, problems);
  for (const [id, c] of courses) {
    for (const p of c.prerequisites) {
      if (!courses.has(p)) problems.push({ file: `content/courses/${id}/course.yaml`, field: 'prerequisites', message: `unknown course "${p}"` });
    }
  }
  return { courses, lessons, glossary, problems };
}

/**
 * Sandbox scenarios: every `content/scenarios/<id>` passes its schema; a `<SandboxTask scenario>`
 * or a lesson's `scenarios:` list names only scenarios that exist; a scenario's lesson exists.
 */
function checkScenarioReferences(root: string, lessons: readonly LoadedLesson[], problems: ContentProblem[]): void {
  const loaded = loadScenarios(join(root, 'scenarios'));
  const ops = loadOpsScenarios(join(root, 'scenarios'));
  problems.push(...loaded.problems, ...ops.problems);
  const ids = new Set([...loaded.scenarios, ...ops.scenarios].map((s) => s.id));
  for (const l of lessons) {
    for (const id of l.data.scenarios) {
      if (!ids.has(id)) problems.push({ file: l.file, field: 'scenarios', message: `unknown scenario "${id}" (no content/scenarios/${id}/scenario.yaml)` });
    }
    for (const [body, where] of [[l.body, l.file], [l.englishBody ?? '', `${l.file} (en)`]] as const) {
      for (const m of body.matchAll(/<SandboxTask\b([^>]*)>/g)) {
        const id = /\bscenario="([^"]*)"/.exec(m[1] ?? '')?.[1];
        if (id === undefined) problems.push({ file: where, field: '<SandboxTask>', message: 'a sandbox task needs scenario="..."' });
        else if (!ids.has(id)) problems.push({ file: where, field: '<SandboxTask>', message: `unknown scenario "${id}" (no content/scenarios/${id}/scenario.yaml)` });
      }
    }
  }
  const lessonIds = new Set(lessons.map((l) => `${l.course}/${l.slug}`));
  for (const s of [...loaded.scenarios, ...ops.scenarios]) {
    if (s.lesson !== undefined && !lessonIds.has(s.lesson)) problems.push({ file: `content/scenarios/${s.id}/scenario.yaml`, field: 'lesson', message: `unknown lesson "${s.lesson}"` });
  }
}
