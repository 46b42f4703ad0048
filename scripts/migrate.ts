/** `npm run db:migrate`: applies pending migrations. */
import { openScriptDatabase } from './db.ts';

const { client } = await openScriptDatabase();
client.close();
console.log('migrations applied');
