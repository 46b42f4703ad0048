/**
 * Incubation (双创孵化): learners form teams of 2–5 around a product niche tied to a Fushun
 * industry; the lead links one of their sandbox stores as the team's store, which every member then
 * works in (src/lib/workbench/store-access.ts) until they leave the team; an approved enterprise
 * user may mentor a team and comment; members publish a public showcase (display names only, no
 * other personal data). The lead owns the store, so the lead cannot leave while others remain (they
 * would keep the store); a lead alone dissolves the team by leaving.
 *
 * Milestones are detected from the sandbox data each time they are read, never ticked by hand:
 * store opened (the linked store exists), first declaration released (a declaration of the store
 * released or cleared), 20 orders released (the store's orders with status released), showcase
 * published.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, count, eq, inArray, isNotNull, isNull, min } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { declarations, stores, storeOrders } from '../db/schema-sandbox.ts';
import { teamComments, teamMembers, teams, type Team, type TeamIndustry } from '../db/schema-incubation.ts';
import { newId, writeAudit } from '../auth/accounts.ts';
import { DomainError } from '../domain-error.ts';
import { requireApprovedEnterprise } from '../enterprise/profile.ts';

export const TEAM_MIN = 2;
export const TEAM_MAX = 5;
export const RELEASED_ORDERS_GOAL = 20;

export type IncubationErrorCode = 'NOT_FOUND' | 'ALREADY_IN_TEAM' | 'TEAM_FULL' | 'TEAM_TOO_SMALL' | 'NOT_LEAD' | 'HAS_MENTOR' | 'LEAD_CANNOT_LEAVE';

export class IncubationError extends DomainError<'incubation', IncubationErrorCode> {
  constructor(code: IncubationErrorCode, detail?: string) {
    super('incubation', code, { detail });
    this.name = 'IncubationError';
  }
}

export const MILESTONES = ['store-opened', 'first-release', 'orders-released', 'showcase-published'] as const;
export type MilestoneId = (typeof MILESTONES)[number];

export interface Milestone {
  id: MilestoneId;
  /** When it was reached (from the sandbox data), or null. */
  at: Date | null;
  /** Progress towards it, for the orders goal. */
  progress?: { done: number; goal: number };
}

function joinCode(): string {
  // 8 characters without look-alikes (no 0/O, 1/I/L).
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  return [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('');
}

async function teamOf(db: Db, userId: string): Promise<Team | null> {
  const row = (await db.select({ t: teams }).from(teamMembers).innerJoin(teams, eq(teams.id, teamMembers.teamId)).where(eq(teamMembers.userId, userId)).limit(1))[0];
  return row?.t ?? null;
}

async function memberIds(db: Db, teamId: string): Promise<string[]> {
  return (await db.select({ id: teamMembers.userId }).from(teamMembers).where(eq(teamMembers.teamId, teamId)).orderBy(asc(teamMembers.joinedAt), asc(teamMembers.userId))).map((r) => r.id);
}

export async function createTeam(db: Db, input: { userId: string; name: string; niche: string; industry: TeamIndustry }, now = new Date()): Promise<Team> {
  return db.transaction(async (tx) => {
    if ((await tx.select({ t: teamMembers.teamId }).from(teamMembers).where(eq(teamMembers.userId, input.userId)).limit(1)).length > 0) throw new IncubationError('ALREADY_IN_TEAM');
    const [team] = await tx.insert(teams).values({ id: newId(), name: input.name, niche: input.niche, industry: input.industry, joinCode: joinCode(), leadId: input.userId, createdAt: now }).returning();
    if (!team) throw new IncubationError('NOT_FOUND');
    await tx.insert(teamMembers).values({ teamId: team.id, userId: input.userId, joinedAt: now });
    await writeAudit(tx, { actorId: input.userId, action: 'incubation.team-created', target: team.id, detail: { industry: input.industry }, at: now });
    return team;
  });
}

export async function joinTeam(db: Db, input: { userId: string; code: string }, now = new Date()): Promise<Team> {
  return db.transaction(async (tx) => {
    const team = (await tx.select().from(teams).where(eq(teams.joinCode, input.code.trim().toUpperCase())).limit(1))[0];
    if (!team) throw new IncubationError('NOT_FOUND');
    if ((await tx.select({ t: teamMembers.teamId }).from(teamMembers).where(eq(teamMembers.userId, input.userId)).limit(1)).length > 0) throw new IncubationError('ALREADY_IN_TEAM');
    const size = (await tx.select({ n: count() }).from(teamMembers).where(eq(teamMembers.teamId, team.id)))[0]?.n ?? 0;
    if (size >= TEAM_MAX) throw new IncubationError('TEAM_FULL');
    await tx.insert(teamMembers).values({ teamId: team.id, userId: input.userId, joinedAt: now });
    await writeAudit(tx, { actorId: input.userId, action: 'incubation.team-joined', target: team.id, at: now });
    return team;
  });
}

/** The lead links one of their own sandbox stores as the team's store. */
export async function linkStore(db: Db, input: { userId: string; teamId: string; storeId: string }, now = new Date()): Promise<void> {
  const team = await memberTeam(db, input.userId, input.teamId);
  if (team.leadId !== input.userId) throw new IncubationError('NOT_LEAD');
  const store = (await db.select({ id: stores.id }).from(stores).where(and(eq(stores.id, input.storeId), eq(stores.ownerId, input.userId))).limit(1))[0];
  if (!store) throw new IncubationError('NOT_FOUND');
  await db.transaction(async (tx) => {
    await tx.update(teams).set({ storeId: store.id }).where(eq(teams.id, team.id));
    await writeAudit(tx, { actorId: input.userId, action: 'incubation.store-linked', target: team.id, detail: { storeId: store.id }, at: now });
  });
}

/**
 * A member leaves the team and, with it, the team's store (access is read from membership). The
 * lead cannot leave while other members remain; a lead who is the last member dissolves the team.
 */
export async function leaveTeam(db: Db, input: { userId: string; teamId: string }, now = new Date()): Promise<{ dissolved: boolean }> {
  const team = await memberTeam(db, input.userId, input.teamId);
  const ids = await memberIds(db, team.id);
  if (team.leadId === input.userId && ids.length > 1) throw new IncubationError('LEAD_CANNOT_LEAVE');
  const dissolved = ids.length === 1;
  await db.transaction(async (tx) => {
    if (dissolved) await tx.delete(teams).where(eq(teams.id, team.id));
    else await tx.delete(teamMembers).where(and(eq(teamMembers.teamId, team.id), eq(teamMembers.userId, input.userId)));
    await writeAudit(tx, { actorId: input.userId, action: dissolved ? 'incubation.team-dissolved' : 'incubation.team-left', target: team.id, at: now });
  });
  return { dissolved };
}

/** The team whose store this is, with its members' display names; null for a learner's own store. */
export async function teamOfStore(db: Db, storeId: string): Promise<{ id: string; name: string; members: string[] } | null> {
  const team = (await db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.storeId, storeId)).limit(1))[0];
  if (!team) return null;
  const ids = await memberIds(db, team.id);
  const who = await names(db, ids);
  return { ...team, members: ids.map((id) => who.get(id) ?? '') };
}

async function memberTeam(db: Db, userId: string, teamId: string): Promise<Team> {
  const team = await teamOf(db, userId);
  if (!team || team.id !== teamId) throw new IncubationError('NOT_FOUND');
  return team;
}

/** A team the user belongs to or mentors; NOT_FOUND otherwise. */
async function visibleTeam(db: Db, userId: string, teamId: string): Promise<{ team: Team; role: 'member' | 'mentor' }> {
  const team = (await db.select().from(teams).where(eq(teams.id, teamId)).limit(1))[0];
  if (!team) throw new IncubationError('NOT_FOUND');
  if (team.mentorId === userId) return { team, role: 'mentor' };
  if ((await memberIds(db, team.id)).includes(userId)) return { team, role: 'member' };
  throw new IncubationError('NOT_FOUND');
}

/** An approved enterprise user takes a team without a mentor. */
export async function mentorTeam(db: Db, input: { userId: string; teamId: string }, now = new Date()): Promise<void> {
  await requireApprovedEnterprise(db, input.userId);
  await db.transaction(async (tx) => {
    const [row] = await tx.update(teams).set({ mentorId: input.userId }).where(and(eq(teams.id, input.teamId), isNull(teams.mentorId))).returning({ id: teams.id });
    if (!row) {
      const exists = (await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, input.teamId)).limit(1)).length > 0;
      throw new IncubationError(exists ? 'HAS_MENTOR' : 'NOT_FOUND');
    }
    await writeAudit(tx, { actorId: input.userId, action: 'incubation.mentor', target: input.teamId, at: now });
  });
}

export async function commentOnTeam(db: Db, input: { userId: string; teamId: string; body: string }, now = new Date()): Promise<void> {
  const { team } = await visibleTeam(db, input.userId, input.teamId);
  await db.insert(teamComments).values({ id: newId(), teamId: team.id, authorId: input.userId, body: input.body, createdAt: now });
}

/** Members publish (or update) the public showcase; a team needs at least TEAM_MIN members. */
export async function publishShowcase(db: Db, input: { userId: string; teamId: string; text: string }, now = new Date()): Promise<void> {
  const team = await memberTeam(db, input.userId, input.teamId);
  if ((await memberIds(db, team.id)).length < TEAM_MIN) throw new IncubationError('TEAM_TOO_SMALL');
  await db.transaction(async (tx) => {
    await tx.update(teams).set({ showcase: input.text, showcasePublishedAt: team.showcasePublishedAt ?? now }).where(eq(teams.id, team.id));
    await writeAudit(tx, { actorId: input.userId, action: 'incubation.showcase', target: team.id, at: now });
  });
}

/** Milestones read from the sandbox data of the team's store. */
export async function milestonesOf(db: Db, team: Pick<Team, 'storeId' | 'showcasePublishedAt'>): Promise<Milestone[]> {
  let opened: Date | null = null;
  let firstRelease: Date | null = null;
  let released = 0;
  let goalAt: Date | null = null;
  if (team.storeId) {
    const storeId = team.storeId;
    const [store, rel, orders] = await Promise.all([
      db.select({ at: stores.createdAt }).from(stores).where(eq(stores.id, storeId)).limit(1),
      db.select({ at: min(declarations.updatedAt) }).from(declarations).where(and(eq(declarations.storeId, storeId), inArray(declarations.status, ['released', 'cleared']))),
      db.select({ at: storeOrders.createdAt }).from(storeOrders).where(and(eq(storeOrders.storeId, storeId), eq(storeOrders.status, 'released'))).orderBy(asc(storeOrders.createdAt)),
    ]);
    opened = store[0]?.at ?? null;
    firstRelease = rel[0]?.at ?? null;
    released = orders.length;
    goalAt = orders[RELEASED_ORDERS_GOAL - 1]?.at ?? null;
  }
  return [
    { id: 'store-opened', at: opened },
    { id: 'first-release', at: firstRelease },
    { id: 'orders-released', at: goalAt, progress: { done: Math.min(released, RELEASED_ORDERS_GOAL), goal: RELEASED_ORDERS_GOAL } },
    { id: 'showcase-published', at: team.showcasePublishedAt },
  ];
}

export interface TeamView {
  team: Team;
  role: 'member' | 'mentor';
  members: { userId: string; displayName: string }[];
  mentorName: string | null;
  storeName: string | null;
  comments: { id: string; authorName: string; body: string; createdAt: Date }[];
  milestones: Milestone[];
}

async function names(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function teamView(db: Db, input: { userId: string; teamId: string }): Promise<TeamView> {
  const { team, role } = await visibleTeam(db, input.userId, input.teamId);
  const [ids, comments, milestones, store] = await Promise.all([
    memberIds(db, team.id),
    db.select().from(teamComments).where(eq(teamComments.teamId, team.id)).orderBy(asc(teamComments.createdAt)),
    milestonesOf(db, team),
    team.storeId ? db.select({ name: stores.name }).from(stores).where(eq(stores.id, team.storeId)).limit(1) : Promise.resolve([]),
  ]);
  const who = await names(db, [...ids, ...comments.map((c) => c.authorId), ...(team.mentorId ? [team.mentorId] : [])]);
  return {
    team,
    role,
    members: ids.map((id) => ({ userId: id, displayName: who.get(id) ?? '' })),
    mentorName: team.mentorId ? (who.get(team.mentorId) ?? null) : null,
    storeName: store[0]?.name ?? null,
    comments: comments.map((c) => ({ id: c.id, authorName: who.get(c.authorId) ?? '', body: c.body, createdAt: c.createdAt })),
    milestones,
  };
}

/** The user's own team, if any. */
export async function myTeam(db: Db, userId: string): Promise<Team | null> {
  return teamOf(db, userId);
}

export interface TeamSummary {
  team: Team;
  members: number;
}

/** Teams an enterprise user may mentor (no mentor yet, at least TEAM_MIN members) and those they mentor. */
export async function teamsForMentor(db: Db, userId: string): Promise<{ open: TeamSummary[]; mine: TeamSummary[] }> {
  const rows = await db.select({ team: teams, members: count(teamMembers.userId) }).from(teams).leftJoin(teamMembers, eq(teamMembers.teamId, teams.id)).groupBy(teams.id).orderBy(asc(teams.createdAt));
  return {
    open: rows.filter((r) => r.team.mentorId === null && r.members >= TEAM_MIN),
    mine: rows.filter((r) => r.team.mentorId === userId),
  };
}

export interface Showcase {
  team: Pick<Team, 'id' | 'name' | 'niche' | 'industry' | 'showcase' | 'showcasePublishedAt'>;
  /** Display names only. */
  members: string[];
  milestones: Milestone[];
}

/** A published showcase for anyone; null when the team has not published one. */
export async function publicShowcase(db: Db, teamId: string): Promise<Showcase | null> {
  const team = (await db.select().from(teams).where(and(eq(teams.id, teamId), isNotNull(teams.showcasePublishedAt))).limit(1))[0];
  if (!team) return null;
  const ids = await memberIds(db, team.id);
  const who = await names(db, ids);
  return {
    team: { id: team.id, name: team.name, niche: team.niche, industry: team.industry, showcase: team.showcase, showcasePublishedAt: team.showcasePublishedAt },
    members: ids.map((id) => who.get(id) ?? ''),
    milestones: await milestonesOf(db, team),
  };
}
