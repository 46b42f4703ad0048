/** Domain errors of the workbench; actions map each code to a localized message and a 4xx status. */
export type WorkbenchErrorCode =
  | 'NOT_FOUND'
  | 'INVALID'
  | 'SKU_TAKEN'
  | 'NO_PRODUCTS'
  | 'ALREADY_RUN'
  | 'NOT_OPEN'
  | 'MISSING_MESSAGE'
  | 'NOT_HELD'
  | 'NOTE_REQUIRED';

export class WorkbenchError extends Error {
  constructor(
    public readonly code: WorkbenchErrorCode,
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'WorkbenchError';
  }
}
