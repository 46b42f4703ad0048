/** `npm run admin:create -- --email a@b.cn [--name 姓名] [--password ...]`: creates an administrator. */
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { createAdmin } from '#lib/auth/accounts.ts';
import { AuthError } from '#lib/auth/errors.ts';
import { PASSWORD_MAX, PASSWORD_MIN } from '#lib/auth/password.ts';
import { openScriptDatabase } from './db.ts';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } } });
const input = z
  .object({
    email: z.email(),
    name: z.string().min(1).max(40),
    password: z.string().min(PASSWORD_MIN).max(PASSWORD_MAX),
  })
  .safeParse({ email: values.email, name: values.name ?? '管理员', password: values.password ?? randomBytes(12).toString('base64url') });
if (!input.success) {
  console.error(`usage: npm run admin:create -- --email ADDRESS [--name NAME] [--password PASSWORD]\n${input.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  process.exit(2);
}
const { db, client } = await openScriptDatabase();
try {
  const user = await createAdmin(db, { email: input.data.email, displayName: input.data.name, password: input.data.password });
  console.log(`admin created: ${user.email}${values.password ? '' : `\npassword: ${input.data.password}`}`);
} catch (e) {
  if (e instanceof AuthError && e.code === 'EMAIL_TAKEN') {
    console.error(`an account with ${input.data.email} already exists`);
    process.exit(1);
  }
  throw e;
} finally {
  client.close();
}
