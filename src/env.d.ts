/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    user: import('./lib/db/schema-auth.ts').User | null;
    authSession: import('./lib/auth/session.ts').AuthSession | null;
    /** Set by a throttled sign-in: the middleware answers with this Retry-After (seconds). */
    retryAfterSeconds?: number;
  }
}
