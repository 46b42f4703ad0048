import { describe, expect, it } from 'vitest';
import { drawPaper, paperSize, parseLayout, quizOfPaper } from '#lib/courses/paper.ts';
import { quizSchema, type Quiz } from '#lib/content/schema.ts';

/** A bank of `n` single-choice questions with four options each; `draw` asked per paper. */
function bank(n: number, draw?: number): Quiz {
  return quizSchema.parse({
    ...(draw !== undefined ? { draw } : {}),
    questions: Array.from({ length: n }, (_, i) => ({
      id: `q${i + 1}`,
      type: 'single',
      prompt: { zh: `第 ${i + 1} 题` },
      options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: { zh: id.toUpperCase() } })),
      answer: ['a'],
      explanation: { zh: '解析' },
    })),
  });
}

describe('drawPaper', () => {
  const quiz = bank(8, 3);

  it('is deterministic: the same seed gives the same paper', () => {
    expect(drawPaper(quiz, 12345)).toEqual(drawPaper(quiz, 12345));
    expect(drawPaper(quiz, 0xffffffff)).toEqual(drawPaper(quiz, -1));
  });

  it('asks `draw` distinct questions of the bank, each with all its options', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const paper = drawPaper(quiz, seed);
      expect(paper).toHaveLength(3);
      expect(new Set(paper.map((q) => q.id)).size).toBe(3);
      for (const q of paper) {
        expect(quiz.questions.some((b) => b.id === q.id)).toBe(true);
        expect([...q.options].sort()).toEqual(['a', 'b', 'c', 'd']);
      }
    }
  });

  it('covers the whole bank across seeds, and papers differ', () => {
    const seen = new Set<string>();
    const papers = new Set<string>();
    for (let seed = 1; seed <= 200; seed++) {
      const paper = drawPaper(quiz, seed);
      paper.forEach((q) => seen.add(q.id));
      papers.add(paper.map((q) => q.id).join(','));
    }
    expect([...seen].sort()).toEqual(quiz.questions.map((q) => q.id).sort());
    expect(papers.size).toBeGreaterThan(20);
  });

  it('shuffles the options: every option comes first in some paper, and not always in the authored order', () => {
    const firsts = new Set<string>();
    let authored = 0;
    let total = 0;
    for (let seed = 1; seed <= 200; seed++) {
      for (const q of drawPaper(quiz, seed)) {
        firsts.add(q.options[0]!);
        total += 1;
        if (q.options.join('') === 'abcd') authored += 1;
      }
    }
    expect([...firsts].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(authored).toBeLessThan(total / 4);
  });

  it('asks the whole bank, in a shuffled order, when the quiz sets no draw', () => {
    const all = bank(4);
    expect(paperSize(all)).toBe(4);
    const orders = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const paper = drawPaper(all, seed);
      expect(paper.map((q) => q.id).sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
      orders.add(paper.map((q) => q.id).join(','));
    }
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('quizOfPaper', () => {
  const quiz = bank(6, 3);

  it('is the quiz as the paper asks it: its questions in its order, options in its order, key kept', () => {
    const layout = [
      { id: 'q5', options: ['c', 'a', 'd', 'b'] },
      { id: 'q2', options: ['b', 'd', 'c', 'a'] },
    ];
    const asked = quizOfPaper(quiz, layout)!;
    expect(asked.questions.map((q) => q.id)).toEqual(['q5', 'q2']);
    expect(asked.questions[0]!.options.map((o) => o.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(asked.questions[0]!.answer).toEqual(['a']);
    expect(asked.passPercent).toBe(quiz.passPercent);
  });

  it('is undefined when the bank no longer holds a question or option of the paper', () => {
    expect(quizOfPaper(quiz, [{ id: 'q9', options: ['a', 'b', 'c', 'd'] }])).toBeUndefined();
    expect(quizOfPaper(quiz, [{ id: 'q1', options: ['a', 'b', 'c', 'e'] }])).toBeUndefined();
    expect(quizOfPaper(quiz, [{ id: 'q1', options: ['a', 'b', 'c'] }])).toBeUndefined();
    expect(quizOfPaper(quiz, [])).toBeUndefined();
  });
});

describe('parseLayout', () => {
  it('reads a stored layout and refuses anything else', () => {
    const layout = drawPaper(bank(6, 3), 7);
    expect(parseLayout(JSON.stringify(layout))).toEqual(layout);
    expect(parseLayout('not json')).toBeUndefined();
    expect(parseLayout('{"id":"q1"}')).toBeUndefined();
    expect(parseLayout('[{"id":"q1","options":[1]}]')).toBeUndefined();
  });
});
