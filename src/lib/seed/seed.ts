/**
 * Idempotent seed: the three partner institutions and, unless refused, one
 * demo account per role. Demo passwords are public (README) and for demos only.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users, type Role } from '../db/schema-auth.ts';
import { enterprises, institutions } from '../db/schema-org.ts';
import { hashPassword } from '../auth/password.ts';
import { newId, writeAudit } from '../auth/accounts.ts';
import { seedDemoActivity } from '../progress/demo-activity.ts';

export const PARTNER_INSTITUTIONS = [
  { id: 'lnpu', nameZh: '辽宁石油化工大学', nameEn: 'Liaoning Shihua University', kind: 'university' },
  { id: 'sylg', nameZh: '沈阳理工学院', nameEn: 'Shenyang Ligong', kind: 'university' },
  { id: 'fvtc', nameZh: '抚顺职业技术学院', nameEn: 'Fushun Vocational Technical College', kind: 'vocational' },
] as const;

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
  displayName: string;
  institutionId?: string;
  department?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: 'learner', email: 'learner@demo.academy', password: 'demo-learner-2026', displayName: '李明（演示学员）', institutionId: 'fvtc' },
  { role: 'enterprise', email: 'enterprise@demo.academy', password: 'demo-enterprise-2026', displayName: '王芳（演示企业）' },
  { role: 'instructor', email: 'instructor@demo.academy', password: 'demo-instructor-2026', displayName: '张老师（演示教师）', institutionId: 'lnpu' },
  { role: 'government', email: 'government@demo.academy', password: 'demo-government-2026', displayName: '赵科长（演示政务）', department: '抚顺市商务局' },
  { role: 'admin', email: 'admin@demo.academy', password: 'demo-admin-2026', displayName: '综试区办公室（演示管理员）' },
];

/** The demo enterprise account's company. */
export const DEMO_ENTERPRISE_NAME = '抚顺演示跨境贸易有限公司';

export interface SeedResult {
  institutionsCreated: number;
  accountsCreated: DemoAccount[];
  accountsExisting: DemoAccount[];
}

/** `contentRoot` (the `content/` folder) lets the demo learner's activity be recorded through the real paths. */
export async function seedDatabase(db: Db, options: { demo: boolean; now?: Date; contentRoot?: string | undefined }): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const result: SeedResult = { institutionsCreated: 0, accountsCreated: [], accountsExisting: [] };
  for (const inst of PARTNER_INSTITUTIONS) {
    const inserted = await db
      .insert(institutions)
      .values({ ...inst, isPartner: true, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: institutions.id });
    result.institutionsCreated += inserted.length;
  }
  if (!options.demo) return result;
  for (const acc of DEMO_ACCOUNTS) {
    const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, acc.email)).limit(1);
    if (existing.length > 0) {
      result.accountsExisting.push(acc);
      continue;
    }
    const passwordHash = await hashPassword(acc.password);
    await db.transaction(async (tx) => {
      const id = newId();
      await tx.insert(users).values({
        id,
        email: acc.email,
        passwordHash,
        displayName: acc.displayName,
        role: acc.role,
        status: 'active',
        institutionId: acc.institutionId ?? null,
        department: acc.department ?? null,
        createdAt: now,
      });
      if (acc.role === 'enterprise') {
        await tx.insert(enterprises).values({
          id: newId(),
          userId: id,
          name: DEMO_ENTERPRISE_NAME,
          creditCode: '91210400MA0DEM001X',
          contactName: acc.displayName,
          status: 'approved',
          reviewedAt: now,
          reviewNote: 'demo seed',
          createdAt: now,
        });
      }
      await writeAudit(tx, { actorId: null, action: 'seed.demo-account', target: id, detail: { role: acc.role }, at: now });
    });
    result.accountsCreated.push(acc);
  }
  const learner = await db.select({ id: users.id }).from(users).where(eq(users.email, 'learner@demo.academy')).limit(1);
  if (learner[0] && options.contentRoot) await seedDemoActivity(db, { userId: learner[0].id, contentRoot: options.contentRoot, now });
  return result;
}
