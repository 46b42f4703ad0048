import { auth } from './auth.ts';
import { admin } from './admin.ts';
import { lessons } from './lessons.ts';

export const server = { auth, admin, lessons };
