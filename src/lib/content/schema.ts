/**
 * Zod schemas of every content file (courses, lessons, partners, glossary).
 * Framework-free so that Astro's content collections, the content checker
 * script and the tests validate with the very same rules.
 */
import { z } from 'zod';
import { SKILL_IDS } from './skills.ts';

/** Text in both languages; Chinese is the source. */
export const bilingual = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});
/** Text whose English may be missing (the page then shows the Chinese). */
export const zhWithOptionalEn = z.object({
  zh: z.string().min(1),
  en: z.string().min(1).optional(),
});

export const PARTNER_IDS = ['fvtc', 'lnpu', 'sylg'] as const;
export const AUDIENCES = ['learner', 'enterprise', 'government'] as const;
export const LEVELS = ['intro', 'intermediate', 'advanced'] as const;

export const skillId = z.enum(SKILL_IDS);

/** `content/partners/<id>.yaml` — a partner institution. */
export const partnerSchema = z.object({
  /** Short id used by courses: fvtc, lnpu, sylg. */
  id: z.enum(PARTNER_IDS),
  name: bilingual,
  /** City and province. */
  location: bilingual,
  /** Type of institution, e.g. 本科院校 / 高职院校. */
  kind: bilingual,
  /** A short profile: who they are and what they bring to the academy. */
  profile: bilingual,
  /** Public website, if any. */
  website: z.url().optional(),
});

/** `content/courses/<course>/course.yaml` — the course metadata. */
export const courseSchema = z.object({
  title: bilingual,
  summary: bilingual,
  partner: z.enum(PARTNER_IDS),
  audiences: z.array(z.enum(AUDIENCES)).min(1),
  level: z.enum(LEVELS),
  /** Study hours (学时). */
  hours: z.number().int().positive().max(200),
  /** Credits (学分) at the partner institution. */
  credit: z.number().positive().max(10),
  skills: z.array(skillId).min(1),
  /** Course folder names that should be taken first. */
  prerequisites: z.array(z.string()).default([]),
  /** What the learner can do after the course. */
  outcomes: z.array(bilingual).min(1),
  /** True when every lesson also has an English body in `en/`. */
  englishEdition: z.boolean().default(false),
  /** Designed with enterprises for order-based training (订单式培训). */
  orderTrack: z.boolean().default(false),
});

export const quizOption = z.object({
  /** Short stable id, e.g. `a`. */
  id: z.string().regex(/^[a-z0-9-]{1,16}$/),
  text: zhWithOptionalEn,
});

export const quizQuestion = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,32}$/),
    type: z.enum(['single', 'multiple']),
    prompt: zhWithOptionalEn,
    options: z.array(quizOption).min(2).max(8),
    /** Ids of the correct options. Never sent to the browser. */
    answer: z.array(z.string()).min(1),
    /** Why the answer is right (shown after grading). */
    explanation: zhWithOptionalEn,
  })
  .superRefine((q, ctx) => {
    const ids = new Set(q.options.map((o) => o.id));
    if (ids.size !== q.options.length) ctx.addIssue({ code: 'custom', message: 'duplicate option ids', path: ['options'] });
    for (const a of q.answer) {
      if (!ids.has(a)) ctx.addIssue({ code: 'custom', message: `answer "${a}" is not an option id`, path: ['answer'] });
    }
    if (q.type === 'single' && q.answer.length !== 1) {
      ctx.addIssue({ code: 'custom', message: 'a single-choice question has exactly one answer', path: ['answer'] });
    }
  });

export const quizSchema = z
  .object({
    /** Percentage of questions that must be right to pass. */
    passPercent: z.number().int().min(1).max(100).default(60),
    /** Failed attempts after which the keyed answers are shown (before that, verdicts and explanations only). */
    revealAnswersAfter: z.number().int().min(1).max(20).default(3),
    /** Questions asked per attempt, drawn from the bank on the server; the bank holds at least twice as many. */
    draw: z.number().int().min(1).optional(),
    questions: z.array(quizQuestion).min(1),
  })
  .superRefine((quiz, ctx) => {
    const ids = quiz.questions.map((q) => q.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'duplicate question ids', path: ['questions'] });
    if (quiz.draw !== undefined && quiz.questions.length < 2 * quiz.draw) {
      ctx.addIssue({ code: 'custom', message: `the bank has ${quiz.questions.length} questions; drawing ${quiz.draw} needs at least ${2 * quiz.draw}`, path: ['draw'] });
    }
  });

/** Front matter of `content/courses/<course>/NN-<slug>.mdx`. */
export const lessonSchema = z.object({
  title: bilingual,
  summary: bilingual,
  /** Position in the course, 1-based; matches the NN of the file name. */
  order: z.number().int().positive(),
  /** Estimated study time. */
  minutes: z.number().int().positive().max(240),
  objectives: z.array(bilingual).min(1),
  skills: z.array(skillId).min(1),
  /** Sandbox error codes this lesson explains (the engine's catalogue names this lesson for each). */
  sandboxRules: z.array(z.string()).default([]),
  /** Sandbox scenario ids this lesson prepares for. */
  scenarios: z.array(z.string()).default([]),
  /** Where the figures in the lesson come from: one short source line each. */
  sources: z.array(z.string().min(4)).min(1),
  quiz: quizSchema.optional(),
});

/** Front matter of the English body `content/courses/<course>/en/NN-<slug>.mdx`. */
export const lessonEnglishSchema = z.object({
  /** Optional: the English title defaults to the Chinese lesson's `title.en`. */
  title: z.string().optional(),
});

/** One term of `content/glossary/<topic>.yaml` (a YAML list of these). */
export const glossaryTermSchema = z.object({
  /** kebab-case id used by `<Term id="...">`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  zh: z.string().min(1),
  en: z.string().min(1),
  /** Short definition, one or two sentences. */
  definition: bilingual,
  /** Lesson slug `<course>/<lesson>` where the term is explained best. */
  lesson: z.string().optional(),
});

export type Partner = z.infer<typeof partnerSchema>;
export type Course = z.infer<typeof courseSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Quiz = z.infer<typeof quizSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
