/**
 * CEB514 — 物流运单状态回执报文（物流企业） (waybill status receipt; import, receipt).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `LogisticsStatusReturn` — 物流运单状态回执实体. */
export const logisticsStatusReturnSpec: RecordSpec = record('LogisticsStatusReturn', '物流运单状态回执实体', [
  field('guid', '电子口岸生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('logisticsCode', '物流企业的海关注册登记编号。', 'C1..18', true),
  field('logisticsNo', '物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。', 'C1..60', true),
  field('logisticsStatus', '物流签收状态，限定为S', 'C1', true),
  field('returnStatus', '操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结）,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '操作时间(格式:YYYYMMDDhhmmssSSS)', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '回执信息（如:退单原因）', 'C1..1000', true),
]);

/** `CEB514Message` structure. */
export const ceb514Spec: MessageSpec = {
  kind: 'CEB514',
  root: 'CEB514Message',
  zh: '物流运单状态回执报文（物流企业）',
  en: 'waybill status receipt',
  direction: 'import',
  role: 'receipt',
  body: [
    child('LogisticsStatusReturn', 1, 100, logisticsStatusReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
