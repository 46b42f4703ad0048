/**
 * CEB506 — 物流运单回执报文 (export waybill receipt; export, receipt).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `LogisticsReturn` — 物流运单回执实体. */
export const exportLogisticsReturnSpec: RecordSpec = record('LogisticsReturn', '物流运单回执实体', [
  field('guid', '系统唯一序号-电子口岸生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('logisticsCode', '物流企业代码-物流企业的海关注册登记编号。', 'C..18', true),
  field('logisticsNo', '物流运单编号-物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。', 'C..32', true),
  field('returnStatus', '回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '回执时间-操作时间(格式:yyyyMMddHHmmssfff)', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '回执信息（如:退单原因）', 'C..1000', true),
]);

/** `CEB506Message` structure. */
export const ceb506Spec: MessageSpec = {
  kind: 'CEB506',
  root: 'CEB506Message',
  zh: '物流运单回执报文',
  en: 'export waybill receipt',
  direction: 'export',
  role: 'receipt',
  body: [
    child('LogisticsReturn', 1, 100, exportLogisticsReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
