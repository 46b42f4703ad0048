/**
 * What a graded quiz attempt may show. Verdicts and explanations always; the keyed answers only
 * once the learner has passed the quiz, or after `revealAnswersAfter` attempts — so one failed
 * attempt no longer hands over the key to resubmit. First-attempt scores are kept apart by the
 * read model (`profile.ts`, `quizFirst`) and count in skill levels.
 */
import type { QuestionFeedback } from '../courses/quiz.ts';
import type { QuizHistory } from './progress.ts';

export function mayRevealKey(history: QuizHistory, revealAnswersAfter: number): boolean {
  return history.everPassed || history.attempts >= revealAnswersAfter;
}

/** The feedback with `correctOptions` emptied when the key may not be shown yet. */
export function feedbackToShow(feedback: readonly QuestionFeedback[], history: QuizHistory, revealAnswersAfter: number): QuestionFeedback[] {
  return mayRevealKey(history, revealAnswersAfter) ? [...feedback] : feedback.map((f) => ({ ...f, correctOptions: [] }));
}
