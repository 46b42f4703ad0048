import { auth } from './auth.ts';
import { admin } from './admin.ts';

export const server = { auth, admin };
