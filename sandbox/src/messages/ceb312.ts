/**
 * CEB312 — 电子订单回执报文（电商企业或电商平台或受委托的快件运营人、邮政企业） (import order receipt; import, receipt).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `OrderReturn` — 电子订单回执实体. */
export const importOrderReturnSpec: RecordSpec = record('OrderReturn', '电子订单回执实体', [
  field('guid', '电子口岸系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('ebpCode', '电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。', 'C1..18', true),
  field('ebcCode', '电商企业的海关注册登记编号。', 'C1..18', true),
  field('orderNo', '交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。', 'C1..60', true),
  field('returnStatus', '操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '操作时间(格式:YYYYMMDDhhmmssSSS)', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '备注（如:退单原因）', 'C1..1000', true),
]);

/** `CEB312Message` structure. */
export const ceb312Spec: MessageSpec = {
  kind: 'CEB312',
  root: 'CEB312Message',
  zh: '电子订单回执报文（电商企业或电商平台或受委托的快件运营人、邮政企业）',
  en: 'import order receipt',
  direction: 'import',
  role: 'receipt',
  body: [
    child('OrderReturn', 1, 100, importOrderReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
