import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, issueInviteCode, reviewEnterprise, signUp } from '#lib/auth/accounts.ts';
import { getAccountForAdmin, getEnterpriseOfUser } from '#lib/admin/queries.ts';
import { listAuditLog, listAuditLogOfAccount, targetKindOf } from '#lib/admin/audit.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.cleanup());

describe('the audit log names its actors and objects', () => {
  it('resolves accounts, enterprises and invites by name, newest first', async () => {
    const admin = await createAdmin(t.db, { email: 'office@example.cn', password: 'a-long-password', displayName: '综试区办公室' });
    const company = await signUp(t.db, { role: 'enterprise', email: 'hr@example.cn', password: 'a-long-password', displayName: '王芳', enterprise: { name: '抚顺琥珀贸易有限公司', creditCode: '91210400MA0TEST01X' } });
    const ent = (await getEnterpriseOfUser(t.db, company.id))!;
    await reviewEnterprise(t.db, { adminId: admin.id, enterpriseId: ent.id, decision: 'approved', note: '材料齐全' });
    const invite = await issueInviteCode(t.db, { adminId: admin.id, role: 'government', department: '抚顺市商务局' });

    const lines = await listAuditLog(t.db);
    expect(lines.map((l) => l.action)).toEqual(['invite.issue', 'enterprise.approved', 'user.sign-up', 'admin.create']);
    const [issued, approved, signedUp, created] = lines;
    expect(issued?.actor).toEqual({ id: admin.id, name: '综试区办公室' });
    expect(issued?.target).toMatchObject({ kind: 'invite', name: invite.code, accountId: null });
    expect(issued?.role).toBe('government');
    expect(approved?.target).toMatchObject({ kind: 'enterprise', name: '抚顺琥珀贸易有限公司', accountId: company.id });
    expect(approved?.note).toBe('材料齐全');
    expect(signedUp?.actor?.name).toBe('王芳');
    expect(signedUp?.target).toMatchObject({ kind: 'account', name: '王芳', accountId: company.id });
    expect(signedUp?.role).toBe('enterprise');
    expect(created?.actor).toBeNull();
    expect(created?.target).toMatchObject({ kind: 'account', name: '综试区办公室' });

    const ofCompany = await listAuditLogOfAccount(t.db, company.id);
    expect(ofCompany.map((l) => l.action)).toEqual(['enterprise.approved', 'user.sign-up']);
    const account = await getAccountForAdmin(t.db, company.id);
    expect(account?.enterprise).toMatchObject({ name: '抚顺琥珀贸易有限公司', status: 'approved' });
    expect(await getAccountForAdmin(t.db, 'missing')).toBeUndefined();
  });

  it('knows what an action names by its prefix, and nothing for an unknown one', () => {
    expect(targetKindOf('enterprise.rejected')).toBe('enterprise');
    expect(targetKindOf('seed.demo-account')).toBe('account');
    expect(targetKindOf('orders.placed')).toBeNull();
  });
});
