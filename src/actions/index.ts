import { auth } from './auth.ts';
import { admin } from './admin.ts';
import { lessons } from './lessons.ts';
import { sandbox } from './sandbox.ts';
import { scenarios } from './scenarios.ts';
import { certificates } from './certificates.ts';
import { orders } from './orders.ts';
import { regulator } from './regulator.ts';
import { enterprise } from './enterprise.ts';
import { training } from './training.ts';
import { incubation } from './incubation.ts';

import { hours } from './study-hours.ts';
import { classes } from './classes.ts';
import { listing } from './listing.ts';

import { buyers } from './buyers.ts';
import { shop } from './shop.ts';

export const server = { auth, admin, lessons, sandbox, scenarios, certificates, orders, regulator, enterprise, training, incubation, hours, classes, listing, buyers, shop };
