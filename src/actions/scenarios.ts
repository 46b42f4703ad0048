/** Scenario actions (graded sandbox tasks opened from lessons). */
export const scenarios = {};
