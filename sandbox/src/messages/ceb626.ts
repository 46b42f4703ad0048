/**
 * CEB626 — 退货申请单回执报文（电商企业或其代理人） (import return application receipt; import, receipt).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `InvtRefundReturn` — 退货申请单回执实体. */
export const invtRefundReturnSpec: RecordSpec = record('InvtRefundReturn', '退货申请单回执实体', [
  field('guid', '电子口岸生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('customsCode', '申报口岸', 'C4', false),
  field('agentCode', '申报单位代码,10位海关代码或者18位信用代码（兼容考虑，暂设为选填）', 'C1..18', false),
  field('ebpCode', '电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。', 'C1..18', false),
  field('ebcCode', '电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。', 'C1..18', false),
  field('copNo', '企业内部标识单证的编号', 'C1..20', true),
  field('preNo', '电子口岸标识单证的编号', 'C18', true),
  field('invtNo', '申请退货的原始清单编号', 'C18', false),
  field('returnStatus', '操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '操作时间(格式:YYYYMMDDhhmmssSSS)', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '备注（如不通过原因）', 'C1..1000', true),
]);

/** `CEB626Message` structure. */
export const ceb626Spec: MessageSpec = {
  kind: 'CEB626',
  root: 'CEB626Message',
  zh: '退货申请单回执报文（电商企业或其代理人）',
  en: 'import return application receipt',
  direction: 'import',
  role: 'receipt',
  body: [
    child('InvtRefundReturn', 1, 100, invtRefundReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
