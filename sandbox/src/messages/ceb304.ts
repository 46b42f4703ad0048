/**
 * CEB304 — 电子订单回执报文 (export order receipt; export, receipt).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `OrderReturn` — 订单回执实体. */
export const exportOrderReturnSpec: RecordSpec = record('OrderReturn', '订单回执实体', [
  field('guid', '系统唯一序号-电子口岸系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('ebpCode', '电商平台海关注册登记编号或统一社会信用代码。境内企业需据实填写海关注册登记编号或统一社会信用代码，境外平台企业如无法提供电商平台代码可填“无”。', 'C..18', true),
  field('ebcCode', '电商企业代码-电商企业的海关注册登记编号。', 'C..18', true),
  field('orderNo', '电商平台订单编号/海外仓订仓单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。', 'C..60', true),
  field('returnStatus', '回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '回执时间-操作时间(格式：yyyyMMddHHmmssfff)', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '回执信息（如:退单原因）', 'C..1000', true),
]);

/** `CEB304Message` structure. */
export const ceb304Spec: MessageSpec = {
  kind: 'CEB304',
  root: 'CEB304Message',
  zh: '电子订单回执报文',
  en: 'export order receipt',
  direction: 'export',
  role: 'receipt',
  body: [
    child('OrderReturn', 1, 100, exportOrderReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
