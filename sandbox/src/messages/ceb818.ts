/**
 * CEB818 — 电子税单状态报文 (tax bill status; import, receipt).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `TaxHeadStatus` — 电子税单状态表头实体. */
export const taxHeadStatusSpec: RecordSpec = record('TaxHeadStatus', '电子税单状态表头实体', [
  field('guid', '36位系统唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('returnTime', '回执时间,格式:YYYYMMDDhhmmssSSS', 'C17', true, { format: 'datetime17' }),
  field('invtNo', '进境清单编号，海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号）', 'C1..18', true),
  field('taxNo', '电子税单编号', 'C1..50', true),
  field('status', '税单状态（(1-已生成，2-已汇总 3-作废)）', 'C1', true),
  field('entDutyNo', '缴款书编号', 'C..50', false),
  field('assureCode', '担保企业代码', 'C..64', false),
]);

/** `CEB818Message` structure. */
export const ceb818Spec: MessageSpec = {
  kind: 'CEB818',
  root: 'CEB818Message',
  zh: '电子税单状态报文',
  en: 'tax bill status',
  direction: 'import',
  role: 'receipt',
  body: [
    child('Tax', 1, Infinity, group('Tax', '', [
      child('TaxHeadStatus', 1, 1, taxHeadStatusSpec),
    ])),
  ],
  envelope: 'none',
  signature: 'none',
};
