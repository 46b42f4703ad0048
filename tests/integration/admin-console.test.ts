/** The administration console's use cases: invites, accounts, partner institutions, the filtered audit log (issue 16 item 12). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { createAdmin, issueInviteCode, requestSignUp, reviewEnterprise, signIn, signUp, unlockAccount } from '#lib/auth/accounts.ts';
import { AuthError } from '#lib/auth/errors.ts';
import { createAuthSession, validateAuthSessionToken } from '#lib/auth/session.ts';
import { AdminError } from '#lib/admin/errors.ts';
import { inviteStatus, listInvites, revokeInvite } from '#lib/admin/invites.ts';
import { listUsers, setAccountDisabled } from '#lib/admin/users.ts';
import { addInstitution, listActiveInstitutions, updateInstitution } from '#lib/admin/institutions.ts';
import { auditFilterChoices, queryAuditLog, shanghaiDayStart } from '#lib/admin/audit.ts';
import { getEnterpriseOfUser } from '#lib/admin/queries.ts';
import { authSessions, users, type User } from '#lib/db/schema-auth.ts';
import { auditLog, institutions, inviteCodes } from '#lib/db/schema-org.ts';
import { seedDatabase } from '#lib/seed/seed.ts';

let t: TestDatabase;
let office: User;
let deputy: User;
let learner: User;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { demo: false });
  office = await createAdmin(t.db, { email: 'office@example.cn', password: 'admin-password-1', displayName: '综试区办公室' });
  deputy = await createAdmin(t.db, { email: 'deputy@example.cn', password: 'admin-password-2', displayName: '副主任' });
  learner = await signUp(t.db, { role: 'learner', email: 'li_ming@example.cn', password: 'learner-password', displayName: '李明' });
});
afterAll(() => t.cleanup());

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => null,
    (e: unknown) => e,
  );
}
async function expectAdminError(p: Promise<unknown>, code: string): Promise<void> {
  const e = await rejection(p);
  expect(e).toBeInstanceOf(AdminError);
  expect((e as AdminError).code).toBe(code);
}
async function expectAuthError(p: Promise<unknown>, code: string): Promise<void> {
  const e = await rejection(p);
  expect(e).toBeInstanceOf(AuthError);
  expect((e as AuthError).code).toBe(code);
}
const auditRows = async () => (await t.db.select({ n: count() }).from(auditLog))[0]!.n;

describe('invite codes: status and revoking', () => {
  it('an unused code is revoked, logged with actor and time, and refused at sign-up with its own error', async () => {
    const at = new Date();
    const invite = await issueInviteCode(t.db, { adminId: office.id, role: 'government', department: '抚顺海关' }, at);
    const revoked = await revokeInvite(t.db, { actorId: office.id, code: invite.code.toLowerCase() }, at);
    expect(revoked.revokedAt?.getTime()).toBe(at.getTime());
    expect(revoked.revokedBy).toBe(office.id);
    const line = (await t.db.select().from(auditLog).where(eq(auditLog.action, 'invite.revoke')))[0]!;
    expect([line.actorId, line.target, line.at.getTime()]).toEqual([office.id, invite.code, at.getTime()]);
    await expectAuthError(signUp(t.db, { role: 'government', email: 'gov1@example.cn', password: 'a-long-password', displayName: 'G', inviteCode: invite.code }), 'INVITE_REVOKED');
    expect(await t.db.select().from(users).where(eq(users.email, 'gov1@example.cn'))).toHaveLength(0);
    await expectAdminError(revokeInvite(t.db, { actorId: office.id, code: invite.code }), 'INVITE_NOT_REVOCABLE');
  });

  it('a used or expired code cannot be revoked, an unknown one is not found', async () => {
    const invite = await issueInviteCode(t.db, { adminId: office.id, role: 'instructor', institutionId: 'sylg' });
    await signUp(t.db, { role: 'instructor', email: 'teacher@example.cn', password: 'a-long-password', displayName: '赵老师', inviteCode: invite.code });
    await expectAdminError(revokeInvite(t.db, { actorId: office.id, code: invite.code }), 'INVITE_NOT_REVOCABLE');
    const old = await issueInviteCode(t.db, { adminId: office.id, role: 'government', department: '抚顺市商务局' }, new Date('2020-01-01T00:00:00Z'));
    await expectAdminError(revokeInvite(t.db, { actorId: office.id, code: old.code }), 'INVITE_NOT_REVOCABLE');
    await expectAdminError(revokeInvite(t.db, { actorId: office.id, code: 'NOSUCHCODE00' }), 'NOT_FOUND');
  });

  it('a non-admin cannot revoke (403) and nothing is written', async () => {
    const invite = await issueInviteCode(t.db, { adminId: office.id, role: 'government', department: '抚顺海关' });
    const before = await auditRows();
    await expectAdminError(revokeInvite(t.db, { actorId: learner.id, code: invite.code }), 'FORBIDDEN');
    await expectAdminError(issueInviteCode(t.db, { adminId: learner.id, role: 'government', department: 'X' }), 'FORBIDDEN');
    expect(await auditRows()).toBe(before);
    expect((await t.db.select().from(inviteCodes).where(eq(inviteCodes.code, invite.code)))[0]?.revokedAt).toBeNull();
  });

  it('the list gives every status, with who used the code by name', async () => {
    const rows = await listInvites(t.db, { limit: 100 });
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['unused', 'used', 'revoked', 'expired']));
    const used = rows.find((r) => r.status === 'used' && r.usedBy)!;
    expect(used.usedByName).toBe('赵老师');
    expect(used.createdByName).toBe('综试区办公室');
    const now = new Date('2026-06-01T00:00:00Z');
    const base = { usedAt: null, usedBy: null, revokedAt: null, expiresAt: new Date('2026-07-01T00:00:00Z') };
    expect(inviteStatus(base, now)).toBe('unused');
    expect(inviteStatus({ ...base, expiresAt: now }, now)).toBe('expired');
    expect(inviteStatus({ ...base, usedAt: now }, now)).toBe('used');
    expect(inviteStatus({ ...base, usedAt: now, revokedAt: now }, now)).toBe('revoked');
  });

  it('an instructor invite names an active partner institution only', async () => {
    await expectAuthError(issueInviteCode(t.db, { adminId: office.id, role: 'instructor', institutionId: 'nowhere' }), 'NOT_FOUND');
  });
});

describe('sign-up with a valid invite does not tell a registered e-mail from a new one (issue 16 item 6)', () => {
  /** What the requester can observe of one sign-up and of trying the same code once more with a fresh address. */
  async function observe(email: string): Promise<{ first: unknown; again: string }> {
    const invite = await issueInviteCode(t.db, { adminId: office.id, role: 'government', department: '抚顺海关' });
    const outcome = await requestSignUp(t.db, { role: 'government', email, password: 'requester-pass-1', displayName: '来访者', inviteCode: invite.code });
    const retry = await rejection(requestSignUp(t.db, { role: 'government', email: `fresh-${invite.code.toLowerCase()}@example.cn`, password: 'requester-pass-1', displayName: '来访者', inviteCode: invite.code }));
    return { first: typeof outcome, again: retry instanceof AuthError ? retry.code : 'account created' };
  }

  it('the code is spent either way, so trying it again answers alike', async () => {
    const registered = await observe('li_ming@example.cn');
    const fresh = await observe('newcomer@example.cn');
    expect(registered).toEqual(fresh);
    expect(registered.again).toBe('INVITE_INVALID');
    const spentLine = (await t.db.select().from(auditLog).where(eq(auditLog.action, 'invite.spent-duplicate')))[0];
    expect(spentLine?.actorId).toBeNull();
    const owner = await signIn(t.db, { email: 'li_ming@example.cn', password: 'learner-password', ip: '10.1.1.1' });
    expect(owner.role).toBe('learner');
  });
});

describe('accounts: list, disable, enable, unlock', () => {
  it('searches by part of the name or e-mail (wildcards mean themselves), filters by role, pages', async () => {
    expect((await listUsers(t.db, { q: '李明' })).rows.map((r) => r.email)).toEqual(['li_ming@example.cn']);
    expect((await listUsers(t.db, { q: 'LI_M' })).rows.map((r) => r.email)).toEqual(['li_ming@example.cn']);
    expect((await listUsers(t.db, { q: '%' })).total).toBe(0);
    const admins = await listUsers(t.db, { role: 'admin' });
    expect(admins.rows.map((r) => r.email)).toEqual(['deputy@example.cn', 'office@example.cn']);
    const all = await listUsers(t.db, {});
    const paged = await listUsers(t.db, { pageSize: 2, page: 2 });
    expect(paged.pages).toBe(Math.ceil(all.total / 2));
    expect(paged.rows.map((r) => r.id)).toEqual(all.rows.slice(2, 4).map((r) => r.id));
    expect((await listUsers(t.db, { pageSize: 2, page: 999 })).page).toBe(paged.pages);
  });

  it('shows a sign-in wait and lifts it', async () => {
    const now = new Date();
    for (let i = 0; i < 12; i++) await rejection(signIn(t.db, { email: 'li_ming@example.cn', password: `wrong-${i}`, ip: '10.9.9.9' }, now));
    const row = (await listUsers(t.db, { q: 'li_ming' }, now)).rows[0]!;
    expect(row.lockedUntil?.getTime()).toBeGreaterThan(now.getTime());
    await expectAdminError(unlockAccount(t.db, { adminId: learner.id, email: 'li_ming@example.cn' }, now), 'FORBIDDEN');
    expect(await unlockAccount(t.db, { adminId: office.id, email: 'li_ming@example.cn' }, now)).toBeGreaterThan(0);
    expect((await listUsers(t.db, { q: 'li_ming' }, now)).rows[0]?.lockedUntil).toBeNull();
  });

  it('a disabled account loses its sessions and cannot sign in; enabled, it can again', async () => {
    const { token } = await createAuthSession(t.db, learner.id);
    const done = await setAccountDisabled(t.db, { actorId: office.id, userId: learner.id, disabled: true });
    expect(done.revokedSessions).toBe(1);
    expect(done.user.status).toBe('disabled');
    expect((await validateAuthSessionToken(t.db, token)).ok).toBe(false);
    await expectAuthError(signIn(t.db, { email: 'li_ming@example.cn', password: 'learner-password', ip: '10.1.1.2' }), 'ACCOUNT_DISABLED');
    await expectAdminError(setAccountDisabled(t.db, { actorId: office.id, userId: learner.id, disabled: true }), 'INVALID_STATE');
    const line = (await t.db.select().from(auditLog).where(eq(auditLog.action, 'user.disable')))[0]!;
    expect([line.actorId, line.target]).toEqual([office.id, learner.id]);
    await setAccountDisabled(t.db, { actorId: office.id, userId: learner.id, disabled: false });
    expect((await signIn(t.db, { email: 'li_ming@example.cn', password: 'learner-password', ip: '10.1.1.2' })).status).toBe('active');
  });

  it('an enabled enterprise that was never approved waits for approval again; approval does not lift a block', async () => {
    const company = await signUp(t.db, { role: 'enterprise', email: 'hr@example.cn', password: 'a-long-password', displayName: '王芳', enterprise: { name: '抚顺琥珀贸易有限公司', creditCode: '91210400MA0TEST01X' } });
    await setAccountDisabled(t.db, { actorId: office.id, userId: company.id, disabled: true });
    const ent = (await getEnterpriseOfUser(t.db, company.id))!;
    await reviewEnterprise(t.db, { adminId: office.id, enterpriseId: ent.id, decision: 'rejected' });
    expect((await t.db.select().from(users).where(eq(users.id, company.id)))[0]?.status).toBe('disabled');
    expect((await setAccountDisabled(t.db, { actorId: office.id, userId: company.id, disabled: false })).user.status).toBe('pending');
  });

  it('an admin never disables their own account, and the last active admin always remains', async () => {
    await expectAdminError(setAccountDisabled(t.db, { actorId: office.id, userId: office.id, disabled: true }), 'SELF');
    // two admins disabling each other at once: one succeeds, the other is refused, one admin stays active
    const results = await Promise.allSettled([
      setAccountDisabled(t.db, { actorId: office.id, userId: deputy.id, disabled: true }),
      setAccountDisabled(t.db, { actorId: deputy.id, userId: office.id, disabled: true }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const active = await t.db.select().from(users).where(eq(users.role, 'admin'));
    expect(active.filter((a) => a.status === 'active')).toHaveLength(1);
    const [winner, loser] = active[0]!.status === 'active' ? [active[0]!, active[1]!] : [active[1]!, active[0]!];
    await setAccountDisabled(t.db, { actorId: winner.id, userId: loser.id, disabled: false });
  });

  it('a non-admin cannot disable anyone (403) and nothing is written', async () => {
    const before = await auditRows();
    const sessions = (await t.db.select({ n: count() }).from(authSessions))[0]!.n;
    await expectAdminError(setAccountDisabled(t.db, { actorId: learner.id, userId: office.id, disabled: true }), 'FORBIDDEN');
    expect(await auditRows()).toBe(before);
    expect((await t.db.select({ n: count() }).from(authSessions))[0]!.n).toBe(sessions);
    expect((await t.db.select().from(users).where(eq(users.id, office.id)))[0]?.status).toBe('active');
  });
});

describe('partner institutions', () => {
  const fields = { nameZh: '抚顺师范高等专科学校', nameEn: 'Fushun Teachers College', kind: 'college' as const, active: true };

  it('are added and edited, each change logged; an inactive one is not offered for invites', async () => {
    const added = await addInstitution(t.db, { actorId: office.id, id: 'FSTC', ...fields, contactEmail: 'Office@FSTC.edu.cn' });
    expect(added).toMatchObject({ id: 'fstc', contactEmail: 'office@fstc.edu.cn', active: true, isPartner: true });
    await expectAdminError(addInstitution(t.db, { actorId: office.id, id: 'fstc', ...fields }), 'PARTNER_EXISTS');
    await updateInstitution(t.db, { actorId: office.id, id: 'fstc', ...fields, contactName: '刘老师', contactPhone: '024-5666 0000' });
    await updateInstitution(t.db, { actorId: office.id, id: 'fstc', ...fields, contactName: '刘老师', contactPhone: '024-5666 0000', active: false });
    const lines = await t.db.select().from(auditLog).where(eq(auditLog.target, 'fstc'));
    expect(lines.map((l) => l.action)).toEqual(['partner.add', 'partner.update', 'partner.deactivate']);
    expect(JSON.parse(lines[1]!.detail!)).toEqual({ fields: ['contactName', 'contactEmail', 'contactPhone'] });
    expect((await listActiveInstitutions(t.db)).map((i) => i.id)).not.toContain('fstc');
    await expectAuthError(issueInviteCode(t.db, { adminId: office.id, role: 'instructor', institutionId: 'fstc' }), 'NOT_FOUND');
    await expectAdminError(updateInstitution(t.db, { actorId: office.id, id: 'nowhere', ...fields }), 'NOT_FOUND');
  });

  it('a non-admin cannot add or edit (403) and nothing is written', async () => {
    const before = await auditRows();
    await expectAdminError(addInstitution(t.db, { actorId: learner.id, id: 'evil', ...fields }), 'FORBIDDEN');
    await expectAdminError(updateInstitution(t.db, { actorId: learner.id, id: 'lnpu', ...fields }), 'FORBIDDEN');
    expect(await auditRows()).toBe(before);
    expect(await t.db.select().from(institutions).where(eq(institutions.id, 'evil'))).toHaveLength(0);
    expect((await t.db.select().from(institutions).where(eq(institutions.id, 'lnpu')))[0]?.nameZh).toBe('辽宁石油化工大学');
  });
});

describe('the audit log: filters and pages, names not ids', () => {
  it('filters by actor, by system, by action or its group, and by period', async () => {
    const byOffice = await queryAuditLog(t.db, { actor: office.id, pageSize: 500 });
    expect(byOffice.lines.length).toBeGreaterThan(0);
    expect(byOffice.lines.every((l) => l.actor?.name === '综试区办公室')).toBe(true);
    const bySystem = await queryAuditLog(t.db, { actor: 'system', pageSize: 500 });
    expect(bySystem.lines.every((l) => l.actor === null)).toBe(true);
    expect(bySystem.lines.map((l) => l.action)).toContain('admin.create');
    const partners = await queryAuditLog(t.db, { action: 'partner' });
    expect(partners.lines.map((l) => l.action)).toEqual(['partner.deactivate', 'partner.update', 'partner.add']);
    expect(partners.lines[0]?.target).toMatchObject({ kind: 'partner', name: '抚顺师范高等专科学校', names: { zh: '抚顺师范高等专科学校', en: 'Fushun Teachers College' } });
    expect((await queryAuditLog(t.db, { action: 'partner.add' })).total).toBe(1);
    // a group is a whole prefix: `user` is not `user.sign-up-duplicate`'s neighbour `username.x`
    expect((await queryAuditLog(t.db, { action: 'use' })).total).toBe(0);
    const unlock = (await queryAuditLog(t.db, { action: 'signin.unlock' })).lines[0]!;
    expect(unlock.target).toMatchObject({ kind: 'account', name: '李明', accountId: learner.id });
    const future = await queryAuditLog(t.db, { from: new Date(Date.now() + 86_400_000) });
    expect(future.total).toBe(0);
    const all = await queryAuditLog(t.db, {});
    const window = await queryAuditLog(t.db, { from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) });
    // the code issued on 2020-01-01 is the one row outside the last hours
    expect(window.total).toBe(all.total - 1);
    const thatDay = await queryAuditLog(t.db, { from: shanghaiDayStart('2020-01-01')!, to: shanghaiDayStart('2020-01-02')! });
    expect(thatDay.lines.map((l) => [l.action, l.at.toISOString()])).toEqual([['invite.issue', '2020-01-01T00:00:00.000Z']]);
  });

  it('pages newest first', async () => {
    const all = await queryAuditLog(t.db, { pageSize: 1000 });
    const second = await queryAuditLog(t.db, { pageSize: 3, page: 2 });
    expect(second.lines.map((l) => l.id)).toEqual(all.lines.slice(3, 6).map((l) => l.id));
    expect(second.pages).toBe(Math.ceil(all.total / 3));
  });

  it('offers the actors by name and the actions recorded', async () => {
    const choices = await auditFilterChoices(t.db);
    expect(choices.actors.map((a) => a.name)).toContain('综试区办公室');
    expect(choices.actions).toContain('invite.revoke');
  });

  it('reads Asia/Shanghai days', () => {
    expect(shanghaiDayStart('2026-12-04')?.toISOString()).toBe('2026-12-03T16:00:00.000Z');
    expect(shanghaiDayStart('2026-02-31')).toBeNull();
    expect(shanghaiDayStart('2026-13-01')).toBeNull();
    expect(shanghaiDayStart('yesterday')).toBeNull();
    expect(shanghaiDayStart('')).toBeNull();
  });
});
