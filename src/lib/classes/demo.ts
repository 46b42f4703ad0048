/** The demo instructor's class (their institution's courses the demo learner studies), joined by the demo learner with its code. Runs once. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { classes } from '../db/schema-classes.ts';
import type { ProfileCatalogue } from '../progress/catalogue.ts';
import { createClass, joinClass } from './classes.ts';

export const DEMO_CLASS_NAME = '2026级跨境电商1班';

export async function seedDemoClass(db: Db, input: { instructor: { id: string; institutionId: string | null }; learnerIds: readonly string[]; catalogue: ProfileCatalogue; now: Date }): Promise<boolean> {
  if (!input.instructor.institutionId) return false;
  if ((await db.select({ id: classes.id }).from(classes).where(eq(classes.createdBy, input.instructor.id)).limit(1)).length > 0) return false;
  const own = input.catalogue.courses.filter((c) => c.partner === input.instructor.institutionId).map((c) => c.id);
  const courseIds = ['payment-finance', 'customs-clearance'].filter((id) => own.includes(id));
  const row = await createClass(db, { actor: input.instructor, name: DEMO_CLASS_NAME, courseIds: courseIds.length > 0 ? courseIds : own.slice(0, 2), institutionCourseIds: own }, input.now);
  for (const userId of input.learnerIds) await joinClass(db, { userId, code: row.joinCode }, input.now);
  return true;
}
