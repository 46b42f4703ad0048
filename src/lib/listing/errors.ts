/** Domain errors of the listing review and publishing (their statuses and messages: src/server/action-errors.ts). */
import { DomainError } from '../domain-error.ts';

export type ListingErrorCode = 'NOT_FOUND' | 'INVALID' | 'HAS_ERRORS';

export class ListingError extends DomainError<'listing', ListingErrorCode> {
  constructor(code: ListingErrorCode, options: { detail?: string; vars?: Record<string, string | number> } = {}) {
    super('listing', code, options);
    this.name = 'ListingError';
  }
}
