/** Every table, for drizzle's typed client. One file per table group beside this one. */
export * from './schema-auth.ts';
export * from './schema-org.ts';
export * from './schema-progress.ts';
export * from './schema-sandbox.ts';
export * from './schema-certificates.ts';
export * from './schema-orders.ts';
export * from './schema-order-actions.ts';
export * from './schema-incubation.ts';
export * from './schema-study-hours.ts';
export * from './schema-classes.ts';
export * from './schema-offline.ts';
export * from './schema-buyer-messages.ts';
export * from './schema-listing-changes.ts';
export * from './schema-quiz-papers.ts';
export * from './schema-skill-levels.ts';
