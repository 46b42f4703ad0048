/** Domain errors of the workbench (stores, products, market days, declarations, regulator decisions). */
import { DomainError } from '../domain-error.ts';

export type WorkbenchErrorCode =
  | 'NOT_FOUND'
  | 'INVALID'
  | 'SKU_TAKEN'
  | 'NO_PRODUCTS'
  | 'ALREADY_RUN'
  | 'NOT_OPEN'
  | 'ALREADY_ANSWERED'
  | 'MISSING_MESSAGE'
  | 'NOT_HELD'
  | 'NOTE_REQUIRED';

export class WorkbenchError extends DomainError<'workbench', WorkbenchErrorCode> {
  constructor(code: WorkbenchErrorCode, detail?: string) {
    super('workbench', code, { detail });
    this.name = 'WorkbenchError';
  }
}
