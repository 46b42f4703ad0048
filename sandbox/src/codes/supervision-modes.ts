import { indexTable, type CodeEntry } from './table.ts';

export type Direction = 'import' | 'export' | 'both';

export interface ModeEntry extends CodeEntry {
  short: string;
  direction: Direction;
  /** Retail (B2C) or business-to-business. */
  kind: 'retail' | 'b2b';
  /** Date from which the mode exists (D for the sandbox: the announcement dates in §1). */
  validFrom: string;
}

/** Customs supervision modes (监管方式). Source: cbec-customs.md §1, V[S1..S7]. */
export const SUPERVISION_MODES: readonly ModeEntry[] = [
  { code: '9610', zh: '跨境贸易电子商务', short: '电子商务', en: 'CBEC retail (direct purchase import / retail export)', direction: 'both', kind: 'retail', validFrom: '2014-02-10', evidence: 'V' },
  { code: '1210', zh: '保税跨境贸易电子商务', short: '保税电商', en: 'Bonded CBEC retail (网购保税)', direction: 'both', kind: 'retail', validFrom: '2014-08-01', evidence: 'V' },
  { code: '1239', zh: '保税跨境贸易电子商务A', short: '保税电商A', en: 'Bonded CBEC retail A (first-line entry)', direction: 'import', kind: 'retail', validFrom: '2016-12-01', evidence: 'V' },
  { code: '9710', zh: '跨境电子商务企业对企业直接出口', short: '跨境电商B2B直接出口', en: 'CBEC B2B direct export', direction: 'export', kind: 'b2b', validFrom: '2020-07-01', evidence: 'V' },
  { code: '9810', zh: '跨境电子商务出口海外仓', short: '跨境电商出口海外仓', en: 'CBEC export to overseas warehouse', direction: 'export', kind: 'b2b', validFrom: '2020-07-01', evidence: 'V' },
];

export const MODE_BY_CODE = indexTable(SUPERVISION_MODES);
