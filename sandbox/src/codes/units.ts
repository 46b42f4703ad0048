import { indexTable, type CodeEntry } from './table.ts';

/** What a unit measures; used by the consumption-tax thresholds (per ml/g, per piece). */
export type UnitKind = 'piece' | 'mass-kg' | 'mass-g' | 'volume-l' | 'volume-ml' | 'package';

export interface UnitEntry extends CodeEntry {
  kind: UnitKind;
}

/** Units (JGS-20 计量单位). Source: cbec-customs.md §5, V[C2]. */
export const UNITS: readonly UnitEntry[] = [
  { code: '001', zh: '台', en: 'set (machine)', kind: 'piece', evidence: 'V' },
  { code: '006', zh: '套', en: 'set', kind: 'piece', evidence: 'V' },
  { code: '007', zh: '个', en: 'piece', kind: 'piece', evidence: 'V' },
  { code: '008', zh: '只', en: 'piece (只)', kind: 'piece', evidence: 'V' },
  { code: '011', zh: '件', en: 'article', kind: 'piece', evidence: 'V' },
  { code: '012', zh: '支', en: 'stick / tube', kind: 'piece', evidence: 'V' },
  { code: '015', zh: '条', en: 'strip', kind: 'piece', evidence: 'V' },
  { code: '020', zh: '片', en: 'sheet', kind: 'piece', evidence: 'V' },
  { code: '025', zh: '双', en: 'pair', kind: 'piece', evidence: 'V' },
  { code: '035', zh: '千克', en: 'kilogram', kind: 'mass-kg', evidence: 'V' },
  { code: '036', zh: '克', en: 'gram', kind: 'mass-g', evidence: 'V' },
  { code: '095', zh: '升', en: 'litre', kind: 'volume-l', evidence: 'V' },
  { code: '096', zh: '毫升', en: 'millilitre', kind: 'volume-ml', evidence: 'V' },
  { code: '120', zh: '箱', en: 'case', kind: 'package', evidence: 'V' },
  { code: '122', zh: '罐', en: 'can / tin', kind: 'package', evidence: 'V' },
  { code: '125', zh: '包', en: 'pack', kind: 'package', evidence: 'V' },
  { code: '136', zh: '袋', en: 'bag', kind: 'package', evidence: 'V' },
  { code: '140', zh: '盒', en: 'box', kind: 'package', evidence: 'V' },
  { code: '142', zh: '瓶', en: 'bottle', kind: 'package', evidence: 'V' },
];

export const UNIT_BY_CODE = indexTable(UNITS);
