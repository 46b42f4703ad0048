import { indexTable, type CodeEntry } from './table.ts';

/** `buyerIdType` / `payerIdType`: 1 = resident ID card, 2 = other. Source: cbec-customs.md §5, V[S50]. */
export const ID_TYPES: readonly CodeEntry[] = [
  { code: '1', zh: '身份证', en: 'Resident ID card', evidence: 'V' },
  { code: '2', zh: '其他', en: 'Other', evidence: 'V' },
];

export const ID_TYPE_BY_CODE = indexTable(ID_TYPES);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * Check character of an 18-digit resident ID number (GB 11643). D: the sandbox checks it on
 * `buyerIdType` 1 so that typos in fixtures are caught; customs verifies identity online instead.
 */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] === id[17];
}
