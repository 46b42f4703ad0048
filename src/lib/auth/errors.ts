/** Typed domain errors of the auth use cases; actions map them to messages. */
export type AuthErrorCode =
  | 'EMAIL_TAKEN'
  | 'INVALID_CREDENTIALS'
  | 'RATE_LIMITED'
  | 'INVITE_INVALID'
  | 'INVITE_ROLE_MISMATCH'
  | 'ACCOUNT_DISABLED'
  | 'NOT_FOUND'
  | 'INVALID_STATE';

export class AuthError extends Error {
  readonly code: AuthErrorCode;
  /** For RATE_LIMITED: how long to wait. */
  readonly retryAfterMs: number | undefined;
  constructor(code: AuthErrorCode, retryAfterMs?: number) {
    super(code);
    this.name = 'AuthError';
    this.code = code;
    this.retryAfterMs = retryAfterMs;
  }
}
