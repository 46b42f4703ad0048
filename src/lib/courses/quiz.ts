/**
 * Quiz grading. The answer key stays on the server: `publicQuiz` strips it
 * for the browser, `gradeQuiz` checks a submission against it and explains
 * every question. A submission naming an option that does not exist is
 * refused (the caller answers 4xx and stores nothing).
 */
import type { Quiz } from '../content/schema.ts';

export interface PublicQuestion {
  id: string;
  type: 'single' | 'multiple';
  prompt: { zh: string; en?: string | undefined };
  options: { id: string; text: { zh: string; en?: string | undefined } }[];
}

export interface PublicQuiz {
  passPercent: number;
  questions: PublicQuestion[];
}

/** The quiz without answers or explanations: all the browser may see before grading. */
export function publicQuiz(quiz: Quiz): PublicQuiz {
  return {
    passPercent: quiz.passPercent,
    questions: quiz.questions.map((q) => ({ id: q.id, type: q.type, prompt: q.prompt, options: q.options.map((o) => ({ id: o.id, text: o.text })) })),
  };
}

/** Question id → chosen option ids. */
export type QuizAnswers = Record<string, string[]>;

export interface QuestionFeedback {
  questionId: string;
  correct: boolean;
  chosen: string[];
  correctOptions: string[];
  explanation: { zh: string; en?: string | undefined };
}

export interface QuizGrade {
  correct: number;
  total: number;
  /** Percentage, rounded down. */
  score: number;
  passed: boolean;
  feedback: QuestionFeedback[];
}

export class QuizSubmissionError extends Error {
  constructor(readonly reason: 'unknown-question' | 'unknown-option' | 'too-many-options') {
    super(reason);
    this.name = 'QuizSubmissionError';
  }
}

/** Grades a submission; unanswered questions count as wrong. Throws QuizSubmissionError on tampered ids. */
export function gradeQuiz(quiz: Quiz, answers: QuizAnswers): QuizGrade {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  for (const [qid, chosen] of Object.entries(answers)) {
    const q = byId.get(qid);
    if (!q) throw new QuizSubmissionError('unknown-question');
    const ids = new Set(q.options.map((o) => o.id));
    if (chosen.some((c) => !ids.has(c))) throw new QuizSubmissionError('unknown-option');
    if (q.type === 'single' && new Set(chosen).size > 1) throw new QuizSubmissionError('too-many-options');
  }
  const feedback = quiz.questions.map((q) => {
    const chosen = [...new Set(answers[q.id] ?? [])].sort();
    const key = [...q.answer].sort();
    const correct = chosen.length === key.length && chosen.every((c, i) => c === key[i]);
    return { questionId: q.id, correct, chosen, correctOptions: key, explanation: q.explanation };
  });
  const correct = feedback.filter((f) => f.correct).length;
  const total = quiz.questions.length;
  const score = Math.floor((correct * 100) / total);
  return { correct, total, score, passed: score >= quiz.passPercent, feedback };
}

/** Reads `q:<questionId>` fields of a submitted form into answers. */
export function answersFromForm(entries: Iterable<[string, unknown]>): QuizAnswers {
  const answers: QuizAnswers = {};
  for (const [name, value] of entries) {
    if (!name.startsWith('q:') || typeof value !== 'string') continue;
    const qid = name.slice(2);
    (answers[qid] ??= []).push(value);
  }
  return answers;
}
