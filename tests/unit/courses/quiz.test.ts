import { describe, expect, it } from 'vitest';
import { answersFromForm, gradeQuiz, publicQuiz, QuizSubmissionError } from '#lib/courses/quiz.ts';
import { quizSchema, type Quiz } from '#lib/content/schema.ts';

const quiz: Quiz = quizSchema.parse({
  passPercent: 60,
  questions: [
    { id: 'q1', type: 'single', prompt: { zh: '9610 是？' }, options: [{ id: 'a', text: { zh: '跨境贸易电子商务' } }, { id: 'b', text: { zh: '保税电商' } }], answer: ['a'], explanation: { zh: '9610 是跨境贸易电子商务。' } },
    { id: 'q2', type: 'multiple', prompt: { zh: '三单是？' }, options: [{ id: 'a', text: { zh: '订单' } }, { id: 'b', text: { zh: '支付单' } }, { id: 'c', text: { zh: '运单' } }, { id: 'd', text: { zh: '发票' } }], answer: ['a', 'b', 'c'], explanation: { zh: '订单、支付单、运单。' } },
    { id: 'q3', type: 'single', prompt: { zh: '年度限值？' }, options: [{ id: 'a', text: { zh: '20000' } }, { id: 'b', text: { zh: '26000' } }], answer: ['b'], explanation: { zh: '2019年起26000元。' } },
  ],
});

describe('publicQuiz', () => {
  it('never contains the answer key or explanations', () => {
    const pub = JSON.stringify(publicQuiz(quiz));
    expect(pub).not.toContain('answer');
    expect(pub).not.toContain('explanation');
    expect(pub).not.toContain('9610 是跨境贸易电子商务。');
  });
});

describe('gradeQuiz', () => {
  it.each([
    [{ q1: ['a'], q2: ['c', 'b', 'a'], q3: ['b'] }, 3, 100, true],
    [{ q1: ['a'], q2: ['a', 'b'], q3: ['b'] }, 2, 66, true],
    [{ q1: ['b'], q2: ['a', 'b', 'c', 'd'], q3: ['b'] }, 1, 33, false],
    [{}, 0, 0, false],
  ])('grades %j as %i correct (%i%%)', (answers, correct, score, passed) => {
    const g = gradeQuiz(quiz, answers);
    expect(g.correct).toBe(correct);
    expect(g.score).toBe(score);
    expect(g.passed).toBe(passed);
    expect(g.feedback).toHaveLength(3);
    expect(g.feedback[1]?.correctOptions).toEqual(['a', 'b', 'c']);
    expect(g.feedback[0]?.explanation.zh).toBe('9610 是跨境贸易电子商务。');
  });

  it.each([
    [{ q1: ['z'] }, 'unknown-option'],
    [{ q9: ['a'] }, 'unknown-question'],
    [{ q1: ['a', 'b'] }, 'too-many-options'],
    [{ q2: ['a', "'; drop table users; --"] }, 'unknown-option'],
  ])('refuses tampered ids %j', (answers, reason) => {
    expect(() => gradeQuiz(quiz, answers)).toThrow(QuizSubmissionError);
    try {
      gradeQuiz(quiz, answers);
    } catch (e) {
      expect((e as QuizSubmissionError).reason).toBe(reason);
    }
  });

  it('counts a duplicated choice once', () => {
    expect(gradeQuiz(quiz, { q3: ['b', 'b'] }).feedback[2]?.correct).toBe(true);
  });
});

describe('answersFromForm', () => {
  it('collects q:<id> fields and ignores the rest', () => {
    expect(answersFromForm([['lessonId', 'x/01-y'], ['q:q1', 'a'], ['q:q2', 'a'], ['q:q2', 'c'], ['other', 'v']])).toEqual({ q1: ['a'], q2: ['a', 'c'] });
  });
});
