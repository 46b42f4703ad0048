/**
 * What finishing a course means, decided in one place: every lesson complete, every quiz of the
 * course passed at its own pass mark, every scenario the course's lessons set passed. Pure; the
 * completion path (`completion.ts`) and the read model (`profile.ts`) both ask it.
 */

/** A course as its requirements see it. */
export interface CourseRule {
  courseId: string;
  /** Every lesson id, in course order. */
  lessonIds: readonly string[];
  /** Lessons with a quiz, which must be passed. */
  quizLessonIds: readonly string[];
  /** Scenarios the course's lessons set, which must be passed. */
  requiredScenarios: readonly string[];
}

/** The course a progress event belongs to; quizzes and scenarios default to none (lessons only). */
export interface CourseRef {
  courseId: string;
  /** Every lesson id of the course, to decide when it is finished. */
  lessonIds: readonly string[];
  quizLessonIds?: readonly string[] | undefined;
  requiredScenarios?: readonly string[] | undefined;
}

export function ruleOfRef(ref: CourseRef): CourseRule {
  return { courseId: ref.courseId, lessonIds: ref.lessonIds, quizLessonIds: ref.quizLessonIds ?? [], requiredScenarios: ref.requiredScenarios ?? [] };
}

export interface CourseFacts {
  completedLessonIds: ReadonlySet<string>;
  /** Lessons whose quiz the learner has passed at least once. */
  passedQuizLessonIds: ReadonlySet<string>;
  passedScenarioIds: ReadonlySet<string>;
}

export interface CourseRequirements {
  met: boolean;
  missingLessons: string[];
  missingQuizzes: string[];
  missingScenarios: string[];
  /** Lessons plus required scenarios: the units course progress counts. */
  unitsTotal: number;
  unitsDone: number;
  /** 0–100, rounded down. */
  percent: number;
}

export function courseRequirements(course: CourseRule, facts: CourseFacts): CourseRequirements {
  const missingLessons = course.lessonIds.filter((id) => !facts.completedLessonIds.has(id));
  const missingQuizzes = course.quizLessonIds.filter((id) => !facts.passedQuizLessonIds.has(id));
  const missingScenarios = course.requiredScenarios.filter((s) => !facts.passedScenarioIds.has(s));
  const unitsTotal = course.lessonIds.length + course.requiredScenarios.length;
  const unitsDone = unitsTotal - missingLessons.length - missingScenarios.length;
  return {
    met: course.lessonIds.length > 0 && missingLessons.length === 0 && missingQuizzes.length === 0 && missingScenarios.length === 0,
    missingLessons,
    missingQuizzes,
    missingScenarios,
    unitsTotal,
    unitsDone,
    percent: unitsTotal === 0 ? 0 : Math.floor((unitsDone * 100) / unitsTotal),
  };
}
