/** Typed domain errors of the auth use cases. */
import { DomainError } from '../domain-error.ts';

export type AuthErrorCode =
  | 'EMAIL_TAKEN'
  | 'INVALID_CREDENTIALS'
  | 'WRONG_PASSWORD'
  | 'RATE_LIMITED'
  | 'INVITE_INVALID'
  | 'INVITE_REVOKED'
  | 'INVITE_ROLE_MISMATCH'
  | 'ACCOUNT_DISABLED'
  | 'NOT_FOUND'
  | 'INVALID_STATE';

export class AuthError extends DomainError<'auth', AuthErrorCode> {
  /** For RATE_LIMITED: how long to wait. */
  readonly retryAfterMs: number | undefined;
  constructor(code: AuthErrorCode, retryAfterMs?: number) {
    // the message says how many whole minutes to wait (at least one)
    super('auth', code, { vars: { minutes: Math.max(1, Math.ceil((retryAfterMs ?? 0) / 60_000)) } });
    this.name = 'AuthError';
    this.retryAfterMs = retryAfterMs;
  }
}
