/**
 * CEB816 — 电子税单数据报文 (electronic tax bill; import, receipt).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `TaxHeadRd` — 电子税单表头实体. */
export const taxHeadRdSpec: RecordSpec = record('TaxHeadRd', '电子税单表头实体', [
  field('guid', '36位系统唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('returnTime', '回执时间,格式:YYYYMMDDhhmmssSSS', 'C17', true, { format: 'datetime17' }),
  field('invtNo', '进境清单编号，海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号）', 'C1..18', true),
  field('taxNo', '电子税单编号', 'C1..50', true),
  field('customsTax', '应征关税', 'N19,5', true, { money: true }),
  field('valueAddedTax', '应征增值税', 'N19,5', true, { money: true }),
  field('consumptionTax', '应征消费税', 'N19,5', true, { money: true }),
  field('status', '税单状态（(1-已生成，2-已汇总 3-作废)）', 'C1', true),
  field('entDutyNo', '缴款书编号', 'C..50', false),
  field('note', '备注', 'C..1000', false),
  field('assureCode', '担保企业代码', 'C..64', false),
  field('ebcCode', '电商企业代码', 'C..64', false),
  field('logisticsCode', '物流企业代码', 'C..64', false),
  field('agentCode', '申报单位代码,10位海关代码或者18位信用代码', 'C1..18', false),
  field('customsCode', '申报口岸', 'C4', false),
]);

/** `TaxListRd` — 电子税单表体实体. */
export const taxListRdSpec: RecordSpec = record('TaxListRd', '电子税单表体实体', [
  field('gnum', '商品项号,从1开始连续序号', 'N', true),
  field('gcode', '海关商品编码（10位）', 'C10', true),
  field('taxPrice', '完税总价格', 'N19,5', true, { money: true }),
  field('customsTax', '应征关税', 'N19,5', true, { money: true }),
  field('valueAddedTax', '应征增值税', 'N19,5', true, { money: true }),
  field('consumptionTax', '应征消费税', 'N19,5', true, { money: true }),
]);

/** `CEB816Message` structure. */
export const ceb816Spec: MessageSpec = {
  kind: 'CEB816',
  root: 'CEB816Message',
  zh: '电子税单数据报文',
  en: 'electronic tax bill',
  direction: 'import',
  role: 'receipt',
  body: [
    child('Tax', 1, Infinity, group('Tax', '', [
      child('TaxHeadRd', 1, 1, taxHeadRdSpec),
      child('TaxListRd', 1, 99, taxListRdSpec),
    ])),
  ],
  envelope: 'none',
  signature: 'none',
};
