/**
 * CEB712 — 入库明细单回执报文（海关监管作业场所经营企业） (warehouse entry list receipt; import, receipt).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `DeliveryReturn` — 入库明细单回执实体. */
export const deliveryReturnSpec: RecordSpec = record('DeliveryReturn', '入库明细单回执实体', [
  field('guid', '电子口岸生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('customsCode', '主管海关', 'C4', false),
  field('operatorCode', '监管场所经营人代码 监管场所经营人作为第三方对入场所的大包开拆核实包裹（兼容考虑，暂设为选填）', 'C1..18', false),
  field('copNo', '企业内部标识单证的编号', 'C..20', false),
  field('preNo', '电子口岸标识单证的编号', 'C..18', false),
  field('rkdNo', '海关审核生成的入库单编号', 'C..18', false),
  field('returnStatus', '操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '操作时间(格式:YYYYMMDDhhmmssSSS)', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '备注（如不通过原因）', 'C1..1000', true),
]);

/** `CEB712Message` structure. */
export const ceb712Spec: MessageSpec = {
  kind: 'CEB712',
  root: 'CEB712Message',
  zh: '入库明细单回执报文（海关监管作业场所经营企业）',
  en: 'warehouse entry list receipt',
  direction: 'import',
  role: 'receipt',
  body: [
    child('DeliveryReturn', 1, 100, deliveryReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
