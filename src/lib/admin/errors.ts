/** Typed errors of the administration use cases (see src/server/action-errors.ts for their messages). */
import { DomainError } from '../domain-error.ts';

export type AdminErrorCode =
  /** The actor is not an active administrator. */
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  /** The record is not in the state the act needs (e.g. the account is already disabled). */
  | 'INVALID_STATE'
  /** Disabling would leave no active administrator. */
  | 'LAST_ADMIN'
  /** An administrator cannot disable their own account. */
  | 'SELF'
  /** Only an unused, unexpired code can be revoked. */
  | 'INVITE_NOT_REVOCABLE'
  | 'PARTNER_EXISTS';

export class AdminError extends DomainError<'admin', AdminErrorCode> {
  constructor(code: AdminErrorCode) {
    super('admin', code);
    this.name = 'AdminError';
  }
}
