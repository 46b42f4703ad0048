import { describe, expect, it } from 'vitest';
import { feedbackToShow, mayRevealKey } from '#lib/progress/assessment.ts';

const feedback = [{ questionId: 'q1', correct: false, chosen: ['b'], correctOptions: ['a'], explanation: { zh: '因为 A' } }];

describe('what a quiz attempt shows', () => {
  it.each([
    [{ attempts: 1, everPassed: false }, false],
    [{ attempts: 2, everPassed: false }, false],
    [{ attempts: 3, everPassed: false }, true],
    [{ attempts: 1, everPassed: true }, true],
  ])('%o → key shown: %s', (history, shown) => {
    expect(mayRevealKey(history, 3)).toBe(shown);
    const out = feedbackToShow(feedback, history, 3);
    expect(out[0]?.correctOptions).toEqual(shown ? ['a'] : []);
    // Verdict and explanation are always shown.
    expect(out[0]).toMatchObject({ correct: false, explanation: { zh: '因为 A' } });
  });
});
