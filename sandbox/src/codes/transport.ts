import { indexTable, type CodeEntry } from './table.ts';

/**
 * `trafMode` (运输方式, C1, JGS-20). Source: cbec-messages.md §7(g): corroborated by several
 * third-party code files, U as official text. "A 全部运输" is a query value only and left out.
 */
export const TRANSPORT_MODES: readonly CodeEntry[] = [
  { code: '0', zh: '非保税区', en: 'Non-bonded area', evidence: 'U' },
  { code: '1', zh: '监管仓库', en: 'Supervised warehouse', evidence: 'U' },
  { code: '2', zh: '水路运输', en: 'Waterway', evidence: 'U' },
  { code: '3', zh: '铁路运输', en: 'Rail', evidence: 'U' },
  { code: '4', zh: '公路运输', en: 'Road', evidence: 'U' },
  { code: '5', zh: '航空运输', en: 'Air', evidence: 'U' },
  { code: '6', zh: '邮件运输', en: 'Postal', evidence: 'U' },
  { code: '7', zh: '保税区', en: 'Bonded area', evidence: 'U' },
  { code: '8', zh: '保税仓库', en: 'Bonded warehouse', evidence: 'U' },
  { code: '9', zh: '其它运输', en: 'Other', evidence: 'U' },
  { code: 'H', zh: '边境特殊海关作业区', en: 'Border special customs zone', evidence: 'U' },
  { code: 'W', zh: '物流中心', en: 'Logistics centre', evidence: 'U' },
  { code: 'X', zh: '物流园区', en: 'Logistics park', evidence: 'U' },
  { code: 'Y', zh: '保税港区', en: 'Bonded port area', evidence: 'U' },
  { code: 'Z', zh: '出口加工区', en: 'Export processing zone', evidence: 'U' },
];
export const TRANSPORT_BY_CODE = indexTable(TRANSPORT_MODES);

/** `wrapType` (包装种类, C1). Legacy 1-digit table, U (cbec-messages.md §7(g)). */
export const WRAP_TYPES: readonly CodeEntry[] = [
  { code: '1', zh: '木箱', en: 'Wooden case', evidence: 'U' },
  { code: '2', zh: '纸箱', en: 'Carton', evidence: 'U' },
  { code: '3', zh: '桶装', en: 'Drum', evidence: 'U' },
  { code: '4', zh: '散装', en: 'Bulk', evidence: 'U' },
  { code: '5', zh: '托盘', en: 'Pallet', evidence: 'U' },
  { code: '6', zh: '包', en: 'Bag', evidence: 'U' },
  { code: '7', zh: '其它', en: 'Other', evidence: 'U' },
];
export const WRAP_BY_CODE = indexTable(WRAP_TYPES);

/** CEB303 `orderType`: E retail export, B B2B export, W overseas-warehouse booking (§8.8); I import. */
export const ORDER_TYPES: readonly CodeEntry[] = [
  { code: 'I', zh: '进口订单', en: 'Import order', evidence: 'V' },
  { code: 'E', zh: '零售出口订单', en: 'B2C export order', evidence: 'V' },
  { code: 'B', zh: 'B2B出口订单', en: 'B2B export order', evidence: 'V' },
  { code: 'W', zh: '海外仓订仓单', en: 'Overseas-warehouse booking order', evidence: 'V' },
];

/** CEB603 `statisticsFlag`: A simplified declaration, B summary declaration (V S33). */
export const STATISTICS_FLAGS: readonly CodeEntry[] = [
  { code: 'A', zh: '简化申报', en: 'Simplified declaration', evidence: 'V' },
  { code: 'B', zh: '汇总申报', en: 'Summary declaration', evidence: 'V' },
];
