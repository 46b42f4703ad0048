/**
 * CEB216 — 理货明细单回执 (return tally list receipt; export, receipt).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `InvtRefundDetailReturn` — 理货明细单回执实体. */
export const invtRefundDetailReturnSpec: RecordSpec = record('InvtRefundDetailReturn', '理货明细单回执实体', [
  field('guid', '系统唯一序号-企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('operatorCode', '监管场所经营人在海关注册登记的编号，邮政运输用邮政物流企业', 'C..18', true),
  field('logisticsCode', '监管场所经营人在海关注册登记的名称，邮政运输用邮政物流企业', 'C..18', true),
  field('logisticsNo', '物流企业运单的包裹面单号，可以与原出口原单号一致，也可以是进境运单号。', 'C..80', true),
  field('coElNo', '企业内部标识单证的编号', 'C..30', true),
  field('preNo', '电子口岸标识单证的编号', 'C..18', false),
  field('returnStatus', '操作结果（1暂存/2申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结）,若小于0数字表示处理异常回执', 'C..10', true),
  field('returnTime', '操作时间(格式:YYYYMMDDhhmmssSSS)。', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '回执信息', 'C..1000', true),
]);

/** `CEB216Message` structure. */
export const ceb216Spec: MessageSpec = {
  kind: 'CEB216',
  root: 'CEB216Message',
  zh: '理货明细单回执',
  en: 'return tally list receipt',
  direction: 'export',
  role: 'receipt',
  body: [
    child('InvtRefundDetailReturn', 1, 100, invtRefundDetailReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
