/** Learners (and other self-registered accounts) for integration tests: real sign-ups, unique e-mails. */
import { signUp } from '#lib/auth/accounts.ts';
import type { Db } from '#lib/db/client.ts';
import type { User } from '#lib/db/schema-auth.ts';

/** The password every factory account has. */
export const TEST_PASSWORD = 'a-long-password';

let counter = 0;

/** Signs up a learner; `email` defaults to a unique one, `displayName` to 学员. */
export async function createLearner(db: Db, input: { email?: string; displayName?: string } = {}): Promise<User> {
  counter += 1;
  return signUp(db, {
    role: 'learner',
    email: input.email ?? `learner-${counter}-${crypto.randomUUID().slice(0, 8)}@example.cn`,
    password: TEST_PASSWORD,
    displayName: input.displayName ?? '学员',
  });
}
