/**
 * A quiz paper: the questions one attempt asks, drawn from the quiz's bank, each with its options
 * in a shuffled order. Pure and deterministic: the same quiz and seed always give the same paper
 * (the engine's mulberry32 PRNG and Fisher–Yates). The layout — question ids in order, option ids in
 * order — is what the server stores, so a paper is graded as it was asked even when the draw
 * changes. See docs/decisions/0020-quiz-papers.md.
 */
import { mulberry32 } from '#sandbox';
import type { Quiz } from '../content/schema.ts';
import type { PublicQuiz } from './quiz.ts';

/** The drawn questions in the order asked, each with its option ids in the order shown. */
export type PaperLayout = { id: string; options: string[] }[];

/** Fisher–Yates on a copy, with the given source of [0, 1) numbers. */
function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** How many questions a paper of this quiz asks: `draw`, or the whole bank when it has none. */
export function paperSize(quiz: Pick<Quiz, 'draw' | 'questions'>): number {
  return Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length);
}

/** Draws a paper: `draw` questions of the bank (all when absent) in random order, each one's options shuffled. */
export function drawPaper(quiz: Pick<Quiz, 'draw' | 'questions'>, seed: number): PaperLayout {
  const next = mulberry32(seed >>> 0);
  return shuffled(quiz.questions, next)
    .slice(0, paperSize(quiz))
    .map((q) => ({ id: q.id, options: shuffled(q.options.map((o) => o.id), next) }));
}

/**
 * The quiz as the paper asks it: only its questions, in its order, options in its order. Undefined
 * when the bank no longer holds a question or option the paper names (the content changed): such a
 * paper cannot be graded as asked.
 */
export function quizOfPaper(quiz: Quiz, layout: PaperLayout): Quiz | undefined {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const questions: Quiz['questions'] = [];
  for (const item of layout) {
    const q = byId.get(item.id);
    if (!q || item.options.length !== q.options.length) return undefined;
    const options = item.options.map((id) => q.options.find((o) => o.id === id));
    if (options.some((o) => o === undefined)) return undefined;
    questions.push({ ...q, options: options as typeof q.options });
  }
  return questions.length > 0 ? { ...quiz, questions } : undefined;
}

/** Reads a stored layout; undefined when it is not one (a damaged row counts as stale). */
export function parseLayout(json: string): PaperLayout | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return undefined;
    const ok = value.every((v: unknown) => {
      if (typeof v !== 'object' || v === null) return false;
      const { id, options } = v as { id?: unknown; options?: unknown };
      return typeof id === 'string' && Array.isArray(options) && options.every((o) => typeof o === 'string');
    });
    return ok ? (value as PaperLayout) : undefined;
  } catch {
    return undefined;
  }
}

/** What the browser may see of a paper: its questions and options, no key, no explanations. */
export interface PublicPaper extends PublicQuiz {
  paperId: string;
  /** Questions in the bank (the paper asks `questions.length` of them). */
  bankSize: number;
}
