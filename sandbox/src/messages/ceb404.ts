/**
 * CEB404 — 收款单回执报文 (collection slip receipt; export, receipt).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `ReceiptsReturn` — 收款单回执实体. */
export const receiptsReturnSpec: RecordSpec = record('ReceiptsReturn', '收款单回执实体', [
  field('guid', '系统唯一序号-电子口岸系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('ebcCode', '电商企业代码-电商企业的10位海关代码或者18位信用代码', 'C..18', true),
  field('orderNo', '电商平台订单编号/海外仓订仓单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。', 'C..60', true),
  field('payNo', '支付交易编号-支付交易编号', 'C..60', false),
  field('returnStatus', '回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '回执时间-操作时间(格式:yyyyMMddHHmmssfff)', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '回执信息（如:退单原因）', 'C..1000', true),
]);

/** `CEB404Message` structure. */
export const ceb404Spec: MessageSpec = {
  kind: 'CEB404',
  root: 'CEB404Message',
  zh: '收款单回执报文',
  en: 'collection slip receipt',
  direction: 'export',
  role: 'receipt',
  body: [
    child('ReceiptsReturn', 1, 100, receiptsReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
