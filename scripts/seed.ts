/**
 * `npm run db:seed [-- --demo]`: partner institutions and demo accounts.
 * In production (NODE_ENV=production) demo accounts are created only with --demo.
 */
import { seedDatabase } from '#lib/seed/seed.ts';
import { resolve } from 'node:path';
import { openScriptDatabase, ROOT } from './db.ts';

const production = process.env['NODE_ENV'] === 'production';
const demo = !production || process.argv.includes('--demo');
const { db, client } = await openScriptDatabase();
const result = await seedDatabase(db, { demo, contentRoot: resolve(ROOT, 'content') });
client.close();
console.log(`institutions created: ${result.institutionsCreated}`);
if (!demo) console.log('NODE_ENV=production: demo accounts not created (pass --demo to create them).');
const all = [...result.accountsCreated, ...result.accountsExisting];
if (all.length > 0) {
  console.log('Demo accounts (for demos only — never use these in production):');
  for (const a of all) console.log(`  ${a.role.padEnd(11)} ${a.email.padEnd(26)} ${a.password}${result.accountsExisting.includes(a) ? '  (already existed)' : ''}`);
}
