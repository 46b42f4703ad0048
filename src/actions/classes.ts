/** Classes: instructors create them and regenerate their join codes; learners join with a code. */
import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { createClass, joinClass, regenerateJoinCode } from '#lib/classes/classes.ts';
import { institutionCourseIds } from '#lib/stats/instructor.ts';
import { getDb } from '#server/db.ts';
import { domainCall, requirePermission } from '#server/action-errors.ts';

const classId = z.string().regex(/^[a-z0-9]{16}$/);
const courseId = z.string().regex(/^[a-z0-9-]{2,60}$/);

export const classes = {
  create: defineAction({
    accept: 'form',
    input: z.object({
      name: z.string().trim().min(2, 'classes.err.NAME').max(60, 'classes.err.NAME'),
      courseIds: z.array(courseId, { message: 'classes.err.COURSES' }).min(1, 'classes.err.COURSES').max(20),
    }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'instructor:home');
      const db = await getDb();
      const row = await domainCall(locale, () => createClass(db, { actor: user, name: input.name, courseIds: input.courseIds, institutionCourseIds: user.institutionId ? institutionCourseIds(user.institutionId) : [] }));
      return { classId: row.id };
    },
  }),

  regenerateCode: defineAction({
    accept: 'form',
    input: z.object({ classId }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'instructor:home');
      const db = await getDb();
      return domainCall(locale, () => regenerateJoinCode(db, { actor: user, classId: input.classId }));
    },
  }),

  join: defineAction({
    accept: 'form',
    input: z.object({ code: z.string().trim().min(1, 'classes.err.CODE_INVALID').max(40, 'classes.err.CODE_INVALID') }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'learner:home');
      const db = await getDb();
      return domainCall(locale, () => joinClass(db, { userId: user.id, code: input.code }));
    },
  }),
};
