/**
 * Classes (班级): an instructor creates one for courses of their institution, learners join it with
 * its code, the instructor regenerates the code when it leaks. An instructor sees and changes only
 * their own institution's classes; anything else answers as if the class did not exist.
 */
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { classCourses, classes, classMembers, type ClassRow } from '../db/schema-classes.ts';
import { enrolLearner } from '../progress/progress.ts';
import { writeAudit, newId } from '../auth/accounts.ts';
import { DomainError } from '../domain-error.ts';

export type ClassErrorCode = 'NOT_FOUND' | 'NAME' | 'COURSES' | 'CODE_INVALID' | 'CODE_EXPIRED' | 'FULL';

export class ClassError extends DomainError<'class', ClassErrorCode> {
  constructor(code: ClassErrorCode) {
    super('class', code);
  }
}

/** Who acts on a class: an instructor of an institution. */
export interface ClassActor {
  id: string;
  institutionId: string | null;
}

/** A class's analytics read every member at once, so a class has a bound. */
export const MAX_MEMBERS = 200;
export const CODE_VALID_DAYS = 60;
/** Letters and digits that cannot be misread (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

export function newJoinCode(): string {
  const out: string[] = [];
  const bytes = new Uint8Array(32);
  while (out.length < CODE_LENGTH) {
    crypto.getRandomValues(bytes);
    // Rejection sampling keeps every character equally likely.
    for (const b of bytes) if (b < 248 && out.length < CODE_LENGTH) out.push(CODE_ALPHABET[b % CODE_ALPHABET.length]!);
  }
  return out.join('');
}

/** What people type: spaces, dashes and lower case are forgiven. */
export function normalizeJoinCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

const expiry = (now: Date) => new Date(now.getTime() + CODE_VALID_DAYS * 86_400_000);

export async function createClass(
  db: Db,
  input: { actor: ClassActor; name: string; courseIds: readonly string[]; institutionCourseIds: readonly string[] },
  now = new Date(),
): Promise<ClassRow> {
  const name = input.name.trim();
  if (name.length < 2 || name.length > 60) throw new ClassError('NAME');
  const courseIds = [...new Set(input.courseIds)];
  if (!input.actor.institutionId || courseIds.length === 0 || courseIds.some((c) => !input.institutionCourseIds.includes(c))) throw new ClassError('COURSES');
  const row: ClassRow = { id: newId(), name, institutionId: input.actor.institutionId, createdBy: input.actor.id, joinCode: newJoinCode(), joinCodeExpiresAt: expiry(now), createdAt: now };
  await db.transaction(async (tx) => {
    await tx.insert(classes).values(row);
    await tx.insert(classCourses).values(courseIds.map((courseId) => ({ classId: row.id, courseId })));
    await writeAudit(tx, { actorId: input.actor.id, action: 'class.create', target: row.id, detail: { name, courseIds }, at: now });
  });
  return row;
}

/** The class if the actor's institution holds it; `NOT_FOUND` otherwise (another institution's class is not shown to exist). */
export async function classOf(db: Db, actor: ClassActor, classId: string): Promise<ClassRow & { courseIds: string[] }> {
  const [row] = await db.select().from(classes).where(eq(classes.id, classId)).limit(1);
  if (!row || !actor.institutionId || row.institutionId !== actor.institutionId) throw new ClassError('NOT_FOUND');
  const courses = await db.select({ courseId: classCourses.courseId }).from(classCourses).where(eq(classCourses.classId, classId)).orderBy(asc(classCourses.courseId));
  return { ...row, courseIds: courses.map((c) => c.courseId) };
}

export async function regenerateJoinCode(db: Db, input: { actor: ClassActor; classId: string }, now = new Date()): Promise<{ joinCode: string }> {
  await classOf(db, input.actor, input.classId);
  const joinCode = newJoinCode();
  await db.transaction(async (tx) => {
    await tx.update(classes).set({ joinCode, joinCodeExpiresAt: expiry(now) }).where(eq(classes.id, input.classId));
    await writeAudit(tx, { actorId: input.actor.id, action: 'class.regenerate-code', target: input.classId, at: now });
  });
  return { joinCode };
}

export interface ClassSummary {
  id: string;
  name: string;
  joinCode: string;
  joinCodeExpiresAt: Date;
  members: number;
  courseIds: string[];
  createdAt: Date;
}

/** The institution's classes, newest first, with member counts. */
export async function listClasses(db: Db, actor: ClassActor): Promise<ClassSummary[]> {
  if (!actor.institutionId) return [];
  const rows = await db
    .select({ id: classes.id, name: classes.name, joinCode: classes.joinCode, joinCodeExpiresAt: classes.joinCodeExpiresAt, createdAt: classes.createdAt, courseIds: sql<string>`(select json_group_array(c.course_id) from class_courses c where c.class_id = classes.id)`, members: sql<number>`(select count(*) from class_members m where m.class_id = classes.id)` })
    // Spelled out as classes.id: in a one-table select drizzle leaves columns unqualified, which the subqueries would capture.
    .from(classes)
    .where(eq(classes.institutionId, actor.institutionId))
    .orderBy(desc(classes.createdAt));
  return rows.map((r) => ({ ...r, members: Number(r.members), courseIds: (JSON.parse(r.courseIds) as string[]).sort() }));
}

/** A learner joins the class of a code and is enrolled in its courses, in one transaction. */
export async function joinClass(db: Db, input: { userId: string; code: string }, now = new Date()): Promise<{ classId: string; name: string; alreadyMember: boolean }> {
  const code = normalizeJoinCode(input.code);
  if (!/^[A-Z0-9]{8}$/.test(code)) throw new ClassError('CODE_INVALID');
  const [row] = await db.select().from(classes).where(eq(classes.joinCode, code)).limit(1);
  if (!row) throw new ClassError('CODE_INVALID');
  if (row.joinCodeExpiresAt.getTime() <= now.getTime()) throw new ClassError('CODE_EXPIRED');
  return db.transaction(async (tx) => {
    const [already] = await tx.select({ at: classMembers.joinedAt }).from(classMembers).where(and(eq(classMembers.classId, row.id), eq(classMembers.userId, input.userId))).limit(1);
    if (already) return { classId: row.id, name: row.name, alreadyMember: true };
    const [size] = await tx.select({ n: count() }).from(classMembers).where(eq(classMembers.classId, row.id));
    if ((size?.n ?? 0) >= MAX_MEMBERS) throw new ClassError('FULL');
    await tx.insert(classMembers).values({ classId: row.id, userId: input.userId, joinedAt: now });
    const courses = await tx.select({ courseId: classCourses.courseId }).from(classCourses).where(eq(classCourses.classId, row.id));
    for (const c of courses) await enrolLearner(tx, { userId: input.userId, courseId: c.courseId }, now);
    return { classId: row.id, name: row.name, alreadyMember: false };
  });
}

/** The classes a learner belongs to (learner home). */
export async function myClasses(db: Db, userId: string): Promise<Array<{ id: string; name: string; institutionId: string; joinedAt: Date }>> {
  return db
    .select({ id: classes.id, name: classes.name, institutionId: classes.institutionId, joinedAt: classMembers.joinedAt })
    .from(classMembers)
    .innerJoin(classes, eq(classes.id, classMembers.classId))
    .where(eq(classMembers.userId, userId))
    .orderBy(desc(classMembers.joinedAt));
}
