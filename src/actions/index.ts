import { auth } from './auth.ts';
import { admin } from './admin.ts';
import { lessons } from './lessons.ts';
import { sandbox } from './sandbox.ts';
import { scenarios } from './scenarios.ts';
import { enterprise } from './enterprise.ts';
import { orders } from './orders.ts';

export const server = { auth, admin, lessons, sandbox, scenarios, enterprise, orders };
