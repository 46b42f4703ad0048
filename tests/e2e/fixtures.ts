/**
 * The Playwright login fixture: `signInAs(DEMO.learner)` writes a session row for that account into
 * the e2e server's database and hands the browser its cookie, as the sign-in action would, without
 * driving the sign-in form (tests of the form itself still use `signIn` from ./helpers.ts).
 */
import { test as base } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { createAuthSession, SESSION_COOKIE } from '#lib/auth/session.ts';
import { openDatabase, type OpenDatabase } from '#lib/db/client.ts';
import { users } from '#lib/db/schema-auth.ts';
import { E2E_PORT, e2eDatabaseFile } from './database.ts';

interface LoginFixtures {
  /** Signs this page's browser context in as the account with that e-mail (a seeded demo account). */
  signInAs: (who: { email: string }) => Promise<void>;
}

export const test = base.extend<LoginFixtures, { e2eDatabase: OpenDatabase }>({
  e2eDatabase: [
    // Playwright reads a fixture's dependencies from the destructuring pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const opened = await openDatabase({ url: `file:${e2eDatabaseFile(E2E_PORT)}` });
      await use(opened);
      opened.client.close();
    },
    { scope: 'worker' },
  ],
  signInAs: async ({ context, baseURL, e2eDatabase }, use) => {
    await use(async (who) => {
      const [user] = await e2eDatabase.db.select({ id: users.id }).from(users).where(eq(users.email, who.email)).limit(1);
      if (!user) throw new Error(`no account ${who.email} in the e2e database`);
      const { token } = await createAuthSession(e2eDatabase.db, user.id);
      await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL ?? `http://127.0.0.1:${E2E_PORT}`, httpOnly: true, sameSite: 'Lax' }]);
    });
  },
});

export { expect } from '@playwright/test';
