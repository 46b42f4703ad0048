/**
 * CEB214 — 退货申请单回执 (export return application receipt; export, receipt).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `RefundReturn` — 退货申请单回执实体. */
export const refundReturnSpec: RecordSpec = record('RefundReturn', '退货申请单回执实体', [
  field('guid', '系统唯一序号-企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('ebpCode', '电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准', 'C..18', false),
  field('ebcCode', '电商企业的海关注册登记编号', 'C..18', false),
  field('agentCode', '申报单位的海关注册登记编号', 'C..18', true),
  field('coElNo', '企业内部标识单证的编号', 'C..30', true),
  field('preNo', '电子口岸标识单证的编号', 'C..18', false),
  field('invtNo', '申请退货的原始清单编号', 'C..20', true),
  field('returnStatus', '操作结果（1暂存/2申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/300待人工审核/500查验/505移交/600挂起/800放行）,若小于0数字表示处理异常回执', 'C..10', true),
  field('returnTime', '操作时间(格式:YYYYMMDDhhmmssSSS)。', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '回执信息', 'C..1000', true),
]);

/** `CEB214Message` structure. */
export const ceb214Spec: MessageSpec = {
  kind: 'CEB214',
  root: 'CEB214Message',
  zh: '退货申请单回执',
  en: 'export return application receipt',
  direction: 'export',
  role: 'receipt',
  body: [
    child('RefundReturn', 1, 100, refundReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
