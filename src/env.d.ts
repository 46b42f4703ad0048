/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    user: import('./lib/db/schema-auth.ts').User | null;
    authSession: import('./lib/auth/session.ts').AuthSession | null;
    /** Set by a throttled sign-in: the middleware answers with this Retry-After (seconds). */
    retryAfterSeconds?: number;
    /** The request's id (X-Request-Id), set by src/middleware.ts for every rendered request. */
    requestId?: string;
    /** Set while src/middleware.ts answers a route that threw with src/pages/500.astro. */
    renderFailed?: boolean;
  }
}
